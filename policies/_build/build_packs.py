#!/usr/bin/env python3
"""Build the lists/*.csv and areas/*.csv files of the shipped collabscreen policy packs.

Every organisation row is copied from a file in the shared reference folder (default
``../shared/reference`` relative to the repository root, i.e. /work/shared/reference); see
``SOURCES.md`` there for provenance, licences and caveats. Nothing is added from memory:

* names are copied verbatim; aliases are the source's own alias text split on ';' (plus, for the
  ASPI list, the Chinese-script name from the same row if the alias text lacks it);
* countries are converted to ISO 3166 alpha-2 with the explicit table ``COUNTRY_ISO`` below;
* area ``terms``/``exclude`` are collabscreen-authored classification vocabulary derived from the
  official area names (see the VOCAB tables); they are not list entries and not official text.

The ``policy.toml`` files are hand-written. After writing the CSVs this script validates every pack
(TOML parses, referenced files exist, rule ids / list ids / area-set ids / country groups resolve,
ISO codes, unique entry_ids, expected row counts) and prints the row counts.

Usage:  python policies/_build/build_packs.py [--reference DIR] [--check-only]
"""
from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from code_map import AREA_CODES  # noqa: E402  (field codes of the cited lists in codes/, issue 8)
from vocab_more import STRA_MORE, UKCN_MORE  # noqa: E402  (second-pass area vocabulary, issue 8)
from vocab_officer import STRA_OFFICER, UKCN_OFFICER  # noqa: E402  (third pass: officer vocabulary, issue 8)
from vocab_round2 import DROP, STRA_ROUND2, UKCN_ROUND2  # noqa: E402  (fourth pass, enlarged dev half, issue 8)
from vocab_round3 import DROP3, STRA_ROUND3, UKCN_ROUND3  # noqa: E402  (fifth pass, first test split, issue 8)

HERE = Path(__file__).resolve().parent
POLICIES = HERE.parent
REPO = POLICIES.parent
DEFAULT_REFERENCE = (REPO / ".." / "shared" / "reference").resolve()

# --------------------------------------------------------------------------------------------
# Country names as printed in the reference files -> ISO 3166-1 alpha-2
# --------------------------------------------------------------------------------------------
COUNTRY_ISO = {
    # NRO, 1286, BIS
    "People’s Republic of China": "CN",
    "People's Republic of China": "CN",
    "China": "CN",
    "Iran": "IR",
    "Russia": "RU",
    "Pakistan": "PK",
    "Syria": "SY",
    # The Entity List files Crimea entries under "Crimea Region of Ukraine"; ISO 3166 has no separate
    # code, so UA is used and the printed value is kept in the country_as_listed column.
    "Crimea Region of Ukraine": "UA",
    "South Africa": "ZA",
    "Afghanistan": "AF",
    "Armenia": "AM",
    "Israel": "IL",
    "Italy": "IT",
    "Jordan": "JO",
    "Luxembourg": "LU",
    "United Arab Emirates": "AE",
    "United Kingdom": "GB",
    # ATAS exempt nationalities
    "Australia": "AU",
    "Austria": "AT",
    "Belgium": "BE",
    "Bulgaria": "BG",
    "Canada": "CA",
    "Croatia": "HR",
    "Republic of Cyprus": "CY",
    "Czech Republic": "CZ",
    "Denmark": "DK",
    "Estonia": "EE",
    "Finland": "FI",
    "France": "FR",
    "Germany": "DE",
    "Greece": "GR",
    "Hungary": "HU",
    "Iceland": "IS",
    "Ireland": "IE",
    "Japan": "JP",
    "Latvia": "LV",
    "Liechtenstein": "LI",
    "Lithuania": "LT",
    "Malta": "MT",
    "Netherlands": "NL",
    "New Zealand": "NZ",
    "Norway": "NO",
    "Poland": "PL",
    "Portugal": "PT",
    "Romania": "RO",
    "Singapore": "SG",
    "Slovakia": "SK",
    "Slovenia": "SI",
    "South Korea": "KR",
    "Spain": "ES",
    "Sweden": "SE",
    "Switzerland": "CH",
    "United States of America": "US",
}

LIST_COLUMNS = ["entry_id", "name", "aliases", "country"]
AREA_COLUMNS = ["area_id", "title", "category", "tier", "terms", "codes", "exclude", "context", "source_note"]

VOCAB_NOTE = ("Terms and exclusions are collabscreen-authored classification vocabulary derived from the "
              "area name (plain synonyms and word forms), not official text; review them locally.")

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

def iso(country: str) -> str:
    country = country.strip()
    if country not in COUNTRY_ISO:
        raise SystemExit(f"no ISO code for country {country!r}: add it to COUNTRY_ISO")
    return COUNTRY_ISO[country]


def slug(text: str, max_len: int = 100) -> str:
    """Lower-case ASCII slug. Slugs longer than max_len are cut at a hyphen and given a short hash of the
    full slug, so two long names that share a prefix still get different, stable ids."""
    text = unicodedata.normalize("NFKD", text)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['`]", "", text)          # Xi'an -> xian (curly quotes vanish in the ascii step)
    text = re.sub(r"&", " and ", text)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > max_len:
        digest = hashlib.sha1(text.encode("ascii")).hexdigest()[:8]
        text = text[: max_len - 9].rsplit("-", 1)[0] + "-" + digest
    return text


def split_aliases(text: str, name: str = "") -> list[str]:
    """Split verbatim alias text on ';'. Drops empty pieces, exact duplicates and copies of the name."""
    out: list[str] = []
    for piece in text.split(";"):
        piece = piece.strip()
        if piece and piece != name and piece not in out:
            out.append(piece)
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


CODE_LISTS = {"FOR": "anzsrc_for_2020.csv", "CRDC": "crdc_2020_rdf.csv", "CAH": "cah3.csv", "HECOS": "hecos.csv",
              "FOS": "oecd_ford_2015.csv"}
CODE_NOTE = ("Field codes from the cited code lists (ANZSRC FoR 2020, CRDC 2020, HESA CAH3 and HECoS, OECD FORD "
             "2015; policies/_build/codes/SOURCES.md), mapped in policies/_build/code_map.py.")


@functools.cache
def known_codes() -> dict[str, set[str]]:
    """The codes of each scheme's cited list in codes/, read once."""
    return {scheme: {r["code"] for r in read_csv(HERE / "codes" / name)} for scheme, name in CODE_LISTS.items()}


def with_codes(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Each area row with its field codes from code_map.py; every code must be in its scheme's cited list."""
    known = known_codes()
    for row in rows:
        codes = AREA_CODES.get(row["area_id"], [])
        for code in codes:
            scheme, value = code.split(":", 1)
            assert value in known[scheme], f"{row['area_id']}: {code} is not in codes/{CODE_LISTS[scheme]}"
        if codes:
            row["codes"] = "; ".join(codes)
            row["source_note"] = f"{row['source_note']} {CODE_NOTE}"
    return rows


def write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


class IdMaker:
    """entry_id = <list-id>-<slug of English name>; a name listed more than once (e.g. the same
    Entity List entry filed under two countries) gets the ISO code appended."""

    def __init__(self, list_id: str):
        self.list_id = list_id
        self.used: set[str] = set()

    def make(self, name: str, country: str = "") -> str:
        base = f"{self.list_id}-{slug(name)}"
        candidate = base
        if candidate in self.used and country:
            candidate = f"{base}-{country.lower()}"
        n = 2
        while candidate in self.used:
            candidate = f"{base}-{n}"
            n += 1
        self.used.add(candidate)
        return candidate


def join(items: list[str]) -> str:
    return "; ".join(items)


# --------------------------------------------------------------------------------------------
# Canada: Named Research Organizations + STRA
# --------------------------------------------------------------------------------------------

def build_ca_nro(ref: Path) -> list[dict[str, str]]:
    ids = IdMaker("ca-nro")
    rows = []
    for r in read_csv(ref / "canada_named_research_organizations_2024-04-18.csv"):
        name = r["name"].strip()
        cc = iso(r["country"])
        rows.append({
            "entry_id": ids.make(name, cc),
            "name": name,
            "aliases": join(split_aliases(r["known_aliases"], name)),
            "country": cc,
            "country_as_listed": r["country"].strip(),
        })
    return rows


# Vocabulary for the 75 STRA sub-technologies, keyed by the sub_technology name as printed.
STRA_VOCAB: dict[str, dict[str, list[str]]] = {
    # 1 Advanced Digital Infrastructure Technology
    "Advanced Communications Technology": {"terms": [
        "advanced communications technology", "advanced communication technology", "6g communication",
        "6g communications", "6g wireless", "beyond 5g", "terahertz communication", "terahertz communications",
        "millimetre-wave communication", "millimeter-wave communication", "free-space optical communication",
        "software-defined radio", "massive mimo"]},
    "Advanced Computing Technology": {"terms": [
        "advanced computing", "high-performance computing", "high performance computing", "supercomputer",
        "supercomputers", "supercomputing", "exascale computing", "neuromorphic computing"]},
    "Cryptography": {"terms": [
        "cryptography", "cryptographic", "cryptanalysis", "encryption", "post-quantum cryptography",
        "homomorphic encryption", "public-key cryptosystem", "cryptosystem"]},
    "Cyber Security Technology": {"terms": [
        "cyber security", "cybersecurity", "cyber-security", "intrusion detection", "malware",
        "penetration testing", "vulnerability discovery", "cyber attack", "cyberattack", "cyberattacks",
        "cyber defence", "cyber defense"]},
    "Data Storage Technology": {"terms": [
        "data storage technology", "dna data storage", "holographic data storage", "optical data storage",
        "non-volatile memory", "solid-state storage", "storage-class memory", "magnetic storage media"]},
    "Distributed Ledger Technology": {"terms": [
        "distributed ledger", "distributed ledgers", "blockchain", "blockchains", "smart contract",
        "smart contracts", "cryptocurrency", "cryptocurrencies"]},
    "Microelectronics": {"terms": [
        "microelectronics", "microelectronic", "integrated circuit", "integrated circuits", "microchip",
        "microchips", "semiconductor device", "semiconductor devices", "cmos", "vlsi", "chip design"]},
    "Next-Generation Network Technology": {"terms": [
        "next-generation network", "next-generation networks", "next generation network",
        "next generation networks", "5g network", "5g networks", "6g network", "6g networks",
        "software-defined networking", "network function virtualization", "network function virtualisation",
        "open ran", "o-ran"]},
    # 2 Advanced Energy Technology
    "Advanced Energy Storage Technology": {"terms": [
        "energy storage", "lithium-ion battery", "lithium-ion batteries", "solid-state battery",
        "solid-state batteries", "sodium-ion battery", "sodium-ion batteries", "flow battery", "flow batteries",
        "supercapacitor", "supercapacitors", "hydrogen storage"]},
    "Advanced Nuclear Generation Technology": {"terms": [
        "nuclear reactor", "nuclear reactors", "small modular reactor", "small modular reactors",
        "generation iv reactor", "molten salt reactor", "fast reactor", "nuclear fusion", "fusion reactor",
        "tokamak", "nuclear power generation"]},
    "Wireless Power Transfer Technology": {"terms": [
        "wireless power transfer", "wireless power transmission", "wireless charging", "inductive power transfer",
        "microwave power transmission", "resonant inductive coupling"]},
    # 3 Advanced Materials and Manufacturing / Advanced Materials
    "Augmented Conventional Materials": {"terms": [
        "augmented conventional materials", "advanced composites", "advanced composite materials",
        "fibre-reinforced composite", "fiber-reinforced composite", "superalloy", "superalloys",
        "advanced ceramics", "ultra-high temperature ceramics"]},
    "Auxetic Materials": {"terms": [
        "auxetic", "auxetic materials", "auxetic structures", "negative poisson's ratio", "negative poisson ratio"]},
    "High-Entropy Materials": {"terms": [
        "high-entropy materials", "high entropy materials", "high-entropy alloy", "high-entropy alloys",
        "high entropy alloy", "high entropy alloys", "high-entropy ceramics", "multi-principal element alloy"]},
    "Metamaterials": {"terms": [
        "metamaterial", "metamaterials", "metasurface", "metasurfaces", "negative refractive index",
        "negative-index material"]},
    "Multifunctional/Smart Materials": {"terms": [
        "smart material", "smart materials", "multifunctional materials", "multifunctional material",
        "shape memory alloy", "shape-memory alloy", "shape memory polymer", "self-healing materials",
        "self-healing material", "stimuli-responsive materials"]},
    "Nanomaterials": {"terms": [
        "nanomaterial", "nanomaterials", "nanoparticle", "nanoparticles", "nanotube", "nanotubes",
        "carbon nanotubes", "nanowire", "nanowires", "quantum dots", "nanostructured materials"]},
    "Powder Materials for Additive Manufacturing": {"terms": [
        "powder materials for additive manufacturing", "metal powder for additive manufacturing",
        "metal powders", "powder feedstock", "powder bed fusion", "gas atomisation", "gas atomization"]},
    "Superconducting Materials": {"terms": [
        "superconductor", "superconductors", "superconducting", "superconductivity",
        "high-temperature superconductor", "high-temperature superconductors"]},
    "Two-Dimensional (2D) Materials": {"terms": [
        "two-dimensional materials", "two-dimensional material", "2d materials", "2d material", "graphene",
        "transition metal dichalcogenides", "hexagonal boron nitride", "molybdenum disulfide", "mos2",
        "phosphorene", "mxene", "mxenes", "van der waals heterostructures"]},
    # 3 / Advanced Manufacturing
    "Additive Manufacturing (3D Printing)": {"terms": [
        "additive manufacturing", "3d printing", "3d-printing", "3d printed", "3d-printed",
        "selective laser melting", "laser powder bed fusion", "directed energy deposition",
        "fused deposition modelling", "fused deposition modeling", "stereolithography"]},
    "Advanced Semiconductor Manufacturing": {"terms": [
        "semiconductor manufacturing", "semiconductor fabrication", "wafer fabrication", "chip fabrication",
        "semiconductor foundry", "photolithography", "extreme ultraviolet lithography", "euv lithography",
        "atomic layer deposition"]},
    "Critical Materials Manufacturing": {"terms": [
        "critical materials", "critical minerals", "critical mineral processing", "rare earth elements",
        "rare-earth elements", "rare earth processing", "rare-earth magnets", "rare earth separation"]},
    "Four-Dimensional (4D) Printing": {"terms": [
        "4d printing", "4d-printing", "4d printed", "4d-printed", "four-dimensional printing"]},
    "Nano-Manufacturing": {"terms": [
        "nanomanufacturing", "nano-manufacturing", "nanofabrication", "nano-fabrication", "nanolithography",
        "nanoimprint lithography", "electron-beam lithography"]},
    "Two-Dimensional (2D) Materials Manufacturing": {"terms": [
        "2d materials manufacturing", "graphene production", "graphene manufacturing", "large-area graphene",
        "chemical vapour deposition of graphene", "chemical vapor deposition of graphene",
        "wafer-scale 2d materials", "liquid-phase exfoliation"]},
    # 4 Advanced Sensing and Surveillance
    "Advanced Biometric Recognition Technologies": {"terms": [
        "biometric recognition", "biometric identification", "biometrics", "facial recognition",
        "face recognition", "fingerprint recognition", "iris recognition", "gait recognition",
        "speaker recognition", "voice recognition"]},
    "Advanced Radar Technologies": {"terms": [
        "radar", "radars", "synthetic aperture radar", "phased array radar", "over-the-horizon radar",
        "ground-penetrating radar", "passive radar"]},
    "Atomic Interferometer Sensors": {"terms": [
        "atom interferometer", "atom interferometers", "atom interferometry", "atomic interferometer",
        "atomic interferometry", "cold-atom gravimeter", "matter-wave interferometry"]},
    "Cross-Cueing Sensors": {"terms": [
        "cross-cueing", "cross cueing", "sensor cueing", "multi-sensor cueing", "multi-sensor data fusion"]},
    "Electric Field Sensors": {"terms": [
        "electric field sensor", "electric field sensors", "electric-field sensor", "electric field sensing",
        "electric-field sensing", "electrometer"]},
    "Imaging and Optical Devices and Sensors": {"terms": [
        "optical sensor", "optical sensors", "image sensor", "image sensors", "infrared imaging",
        "thermal imaging", "hyperspectral imaging", "multispectral imaging", "night vision",
        "single-photon detector", "single-photon detectors", "focal plane array"]},
    "Magnetic Field Sensors (Magnetometers)": {"terms": [
        "magnetometer", "magnetometers", "magnetometry", "magnetic field sensor", "magnetic field sensors",
        "fluxgate", "optically pumped magnetometer"]},
    "Micro/Nano Electro-Mechanical Systems (M/NEMS)": {"terms": [
        "mems", "nems", "microelectromechanical systems", "micro-electro-mechanical systems",
        "microelectromechanical system", "nanoelectromechanical systems", "nano-electro-mechanical systems",
        "mems gyroscope"]},
    "Position, Navigation and Timing (PNT) Technology": {"terms": [
        "positioning, navigation and timing", "position, navigation and timing", "inertial navigation",
        "inertial measurement unit", "gnss", "gps-denied navigation", "precision timing", "atomic clock",
        "atomic clocks"]},
    "Side Scan Sonar": {"terms": ["side scan sonar", "side-scan sonar", "sidescan sonar"]},
    "Synthetic Aperture Sonar (SAS)": {"terms": ["synthetic aperture sonar", "synthetic-aperture sonar"]},
    "Underwater (Wireless) Sensor Network": {"terms": [
        "underwater sensor network", "underwater sensor networks", "underwater wireless sensor network",
        "underwater wireless sensor networks", "underwater acoustic sensor network",
        "underwater acoustic communication", "underwater wireless communication"]},
    # 5 Advanced Weapons
    "Advanced Weapons": {"terms": [
        "advanced weapons", "weapon system", "weapon systems", "weapons systems", "directed energy weapon",
        "directed-energy weapon", "directed-energy weapons", "hypersonic weapon", "hypersonic weapons",
        "hypersonic missile", "high-energy laser weapon", "railgun", "munitions", "missile", "missiles",
        "warhead", "warheads"],
        "exclude": ["history of warfare", "weapons of the weak"]},
    # 6 Aerospace, Space and Satellite Technology
    "Advanced Wind Tunnels": {"terms": [
        "wind tunnel", "wind tunnels", "hypersonic wind tunnel", "transonic wind tunnel", "shock tunnel"]},
    "On-Orbit Servicing, Assembly and Manufacturing Systems": {"terms": [
        "on-orbit servicing", "on-orbit assembly", "on-orbit manufacturing", "in-space servicing",
        "in-space assembly", "in-space manufacturing", "satellite servicing", "orbital refuelling",
        "orbital refueling", "active debris removal"]},
    "Payloads": {"terms": [
        "satellite payload", "satellite payloads", "space payload", "space payloads", "spacecraft payload",
        "spacecraft payloads"]},
    "Propulsion Technologies": {"terms": [
        "rocket propulsion", "spacecraft propulsion", "aircraft propulsion", "rocket engine", "rocket engines",
        "electric propulsion", "ion thruster", "hall thruster", "scramjet", "ramjet", "jet engine",
        "jet engines", "gas turbine engine", "solid rocket motor", "hypersonic propulsion"],
        "exclude": ["history of aviation"]},
    "Satellites": {"terms": [
        "satellite", "satellites", "cubesat", "cubesats", "small satellite", "small satellites",
        "satellite constellation", "spacecraft"],
        "exclude": ["satellite cell", "satellite cells", "satellite dna", "satellite campus", "satellite office",
                    "satellite meeting", "satellite symposium"]},
    "Space-Based Positioning, Navigation and Timing Technology": {"terms": [
        "space-based positioning", "satellite navigation", "global navigation satellite system",
        "global navigation satellite systems", "gnss", "beidou", "glonass", "galileo satellite",
        "galileo gnss", "gps satellite", "gps satellites"]},
    "Space Stations": {"terms": [
        "space station", "space stations", "international space station", "orbital station", "tiangong"]},
    "Zero-Emission/Fuel Aircraft": {"terms": [
        "zero-emission aircraft", "zero emission aircraft", "hydrogen aircraft", "hydrogen-powered aircraft",
        "electric aircraft", "hybrid-electric aircraft", "sustainable aviation fuel", "sustainable aviation fuels"],
        "exclude": ["history of aviation"]},
    # 7 Artificial Intelligence and Big Data Technology
    "AI Chipsets": {"terms": [
        "ai chip", "ai chips", "ai chipset", "ai chipsets", "ai accelerator", "ai accelerators",
        "neural processing unit", "neural network accelerator", "deep learning accelerator",
        "tensor processing unit", "neuromorphic chip"]},
    "Computer Vision": {"terms": [
        "computer vision", "machine vision", "image recognition", "object detection", "image segmentation",
        "visual recognition", "video analytics"]},
    "Data Science and Big Data Technology": {"terms": [
        "big data", "big-data", "data science", "big data analytics", "large-scale data analytics",
        "data mining"]},
    "Digital Twin Technology": {"terms": ["digital twin", "digital twins", "digital-twin"]},
    "Machine Learning (ML)": {"terms": [
        "machine learning", "deep learning", "artificial intelligence", "reinforcement learning",
        "supervised learning", "unsupervised learning", "artificial neural network",
        "artificial neural networks", "deep neural network", "deep neural networks",
        "convolutional neural network", "convolutional neural networks"]},
    "Natural Language Processing": {"terms": [
        "natural language processing", "large language model", "large language models", "language model",
        "language models", "machine translation", "speech recognition", "text mining", "sentiment analysis"]},
    # 8 Human-Machine Integration
    "Brain-Computer Interfaces": {"terms": [
        "brain-computer interface", "brain-computer interfaces", "brain computer interface",
        "brain computer interfaces", "brain-machine interface", "brain-machine interfaces", "neural interface",
        "neural interfaces"]},
    "Exoskeletons": {"terms": [
        "exoskeleton", "exoskeletons", "exosuit", "exosuits", "powered orthosis", "wearable robot",
        "wearable robots"],
        "exclude": ["arthropod exoskeleton", "insect exoskeleton"]},
    "Neuroprosthetic/Cybernetic Devices": {"terms": [
        "neuroprosthetic", "neuroprosthetics", "neuroprosthesis", "neural prosthesis", "cybernetic device",
        "cybernetic devices", "cybernetic implant", "bionic limb", "bionic prosthesis", "cochlear implant",
        "retinal implant", "myoelectric prosthesis"]},
    "Virtual/Augmented/Mixed Reality": {"terms": [
        "virtual reality", "augmented reality", "mixed reality", "extended reality", "head-mounted display",
        "vr headset", "ar headset"]},
    "Wearable Neurotechnology": {"terms": [
        "wearable neurotechnology", "wearable eeg", "portable eeg", "wearable neurostimulation",
        "wearable brain sensing", "wearable brain-computer interface"]},
    # 9 Life Science Technology
    "Biomanufacturing": {"terms": [
        "biomanufacturing", "bio-manufacturing", "biofoundry", "biofoundries", "bioprocess engineering",
        "industrial biotechnology", "fermentation scale-up"]},
    "Genomic Sequencing and Genetic Engineering": {"terms": [
        "genome sequencing", "genomic sequencing", "whole-genome sequencing", "next-generation sequencing",
        "dna sequencing", "genetic engineering", "genetically engineered", "genome editing", "gene editing",
        "crispr", "crispr-cas9", "gene drive"]},
    "Proteomics": {"terms": ["proteomics", "proteomic", "proteome", "proteomes"]},
    "Synthetic Biology": {"terms": [
        "synthetic biology", "synthetic genomics", "genetic circuit", "genetic circuits", "engineered organisms",
        "genome synthesis", "minimal cell"]},
    "Chemical, Biological, Radiological and Nuclear (CBRN) Medical Countermeasures": {"terms": [
        "medical countermeasure", "medical countermeasures", "cbrn", "chemical, biological, radiological and nuclear",
        "biodefence", "biodefense", "nerve agent", "nerve agents", "chemical warfare agent",
        "chemical warfare agents", "radiation countermeasures", "anthrax vaccine"]},
    "Gene Therapy": {"terms": [
        "gene therapy", "gene therapies", "viral vector", "viral vectors", "aav vector", "aav vectors",
        "adeno-associated virus vector", "lentiviral vector", "lentiviral vectors"]},
    "Nanomedicine": {"terms": [
        "nanomedicine", "nanomedicines", "nanocarrier", "nanocarriers", "nanoparticle drug delivery",
        "lipid nanoparticle", "lipid nanoparticles", "theranostic nanoparticles"]},
    "Tissue Engineering and Regenerative Medicine": {"terms": [
        "tissue engineering", "regenerative medicine", "stem cell therapy", "organoid", "organoids",
        "bioprinting", "3d bioprinting", "biofabrication", "engineered tissue", "engineered tissues"]},
    # 10 Quantum Science and Technology
    "Quantum Communications": {"terms": [
        "quantum communication", "quantum communications", "quantum key distribution", "qkd",
        "quantum network", "quantum networks", "quantum internet", "quantum teleportation",
        "quantum cryptography", "entanglement distribution"]},
    "Quantum Computing": {"terms": [
        "quantum computing", "quantum computer", "quantum computers", "qubit", "qubits", "quantum algorithm",
        "quantum algorithms", "quantum processor", "quantum error correction", "quantum annealing",
        "quantum advantage"]},
    "Quantum Materials": {"terms": [
        "quantum materials", "quantum material", "topological insulator", "topological insulators",
        "topological materials", "quantum spin liquid", "weyl semimetal", "majorana"]},
    "Quantum Sensing": {"terms": [
        "quantum sensing", "quantum sensor", "quantum sensors", "quantum metrology", "quantum-enhanced sensing",
        "nitrogen-vacancy centre", "nitrogen-vacancy center", "quantum magnetometer", "quantum gravimeter",
        "squeezed light"]},
    "Quantum Software": {"terms": [
        "quantum software", "quantum programming", "quantum programming language", "quantum compiler",
        "quantum circuit compilation", "quantum machine learning"]},
    # 11 Robotics and Autonomous Systems
    "Molecular (or Nano) Robotics": {"terms": [
        "molecular robotics", "molecular robot", "molecular robots", "nanorobot", "nanorobots", "nanorobotics",
        "nanobot", "nanobots", "microrobot", "microrobots", "dna robot"]},
    "(Semi-)Autonomous/Uncrewed Aerial/Ground/Marine Vehicles": {"terms": [
        "autonomous vehicle", "autonomous vehicles", "self-driving", "unmanned aerial vehicle",
        "unmanned aerial vehicles", "uncrewed aerial vehicle", "uncrewed aerial vehicles", "uav", "uavs",
        "drone", "drones", "unmanned ground vehicle", "unmanned surface vehicle", "autonomous underwater vehicle",
        "autonomous underwater vehicles", "uncrewed vehicle", "unmanned vehicle", "autonomous ship"],
        "exclude": ["drone bee", "drone bees", "drone brood", "drone fly"]},
    "Service Robots": {"terms": [
        "service robot", "service robots", "social robot", "social robots", "assistive robot",
        "assistive robots", "care robot", "care robots", "delivery robot", "humanoid robot", "humanoid robots"]},
    "Space Robotics": {"terms": [
        "space robotics", "space robot", "space robots", "planetary rover", "lunar rover", "mars rover",
        "orbital robotics", "free-flying robot"]},
}


def _merge(vocab: dict[str, list[str]], *more: dict[str, list[str]], drop: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """The first-pass vocabulary plus the later passes (vocab_more.py, vocab_officer.py, vocab_round2.py),
    duplicates and the terms in ``drop`` removed, order kept."""
    merged = {key: list(dict.fromkeys([*vocab.get(key, []), *(t for m in more for t in m.get(key, []))]))
              for key in ("terms", "exclude", "context")}
    merged["terms"] = [t for t in merged["terms"] if t not in drop]
    return merged


def build_ca_stra(ref: Path) -> list[dict[str, str]]:
    rows = []
    seen: set[str] = set()
    for r in read_csv(ref / "canada_sensitive_technology_research_areas.csv"):
        title = r["sub_technology"].strip()
        vocab = _merge(STRA_VOCAB[title], STRA_MORE.get(title, {}), STRA_OFFICER.get(title, {}),
                       STRA_ROUND2.get(title, {}), STRA_ROUND3.get(title, {}),
                       drop=(*DROP.get(title, ()), *DROP3.get(title, ())))
        area_id = f"stra-{slug(title)}"
        assert area_id not in seen, area_id
        seen.add(area_id)
        group = f" (sub-group: {r['sub_group']})" if r["sub_group"].strip() else ""
        corroborated = ("name corroborated in a stored university copy of the official list"
                        if r["corroborated_in_university_copy"].strip()
                        else "name rests on RSToolkit straData.js alone (not corroborated)")
        rows.append({
            "area_id": area_id,
            "title": title,
            "category": r["category"].strip(),
            "tier": "",
            "terms": join(vocab["terms"]),
            "exclude": join(vocab["exclude"]),
            "context": join(vocab["context"]),
            "source_note": (f"STRA sub-technology as named in seawaydigital/RSToolkit src/data/straData.js "
                            f"(category order {r['list_order']}{group}); {corroborated}. Tier left empty: the "
                            f"reference data has no advanced/emerging tiers. {VOCAB_NOTE}"),
        })
    missing = ((set(STRA_VOCAB) | set(STRA_MORE) | set(STRA_OFFICER) | set(STRA_ROUND2) | set(DROP)
                | set(STRA_ROUND3) | set(DROP3))
               - {r["title"] for r in rows} - {a[0] for a in UKCN_AREAS})
    assert not missing, f"vocabulary for unknown STRA names: {missing}"
    return rows


# --------------------------------------------------------------------------------------------
# UK–China STI agreement 2025 (areas only; facts from uk_china_sti_agreement_2025.md)
# --------------------------------------------------------------------------------------------

SATELLITE_EXCLUDES = ["satellite cell", "satellite cells", "satellite dna", "satellite campus", "satellite office",
                      "satellite meeting", "satellite symposium"]

UKCN_AREAS = [
    ("ukcn-in-climate", "Climate change and environmental science", "in scope", {
        "terms": ["climate change", "climate science", "climate modelling", "climate modeling", "global warming",
                  "environmental science", "environmental sciences", "greenhouse gas emissions", "carbon cycle",
                  "biodiversity", "ecosystem services", "air pollution", "water pollution"]}),
    ("ukcn-in-planetary", "Planetary science and astronomy", "in scope", {
        "terms": ["planetary science", "planetary sciences", "astronomy", "astronomical", "astrophysics",
                  "exoplanet", "exoplanets", "cosmology", "radio astronomy", "telescope", "telescopes",
                  "solar system", "galaxy formation"]}),
    ("ukcn-in-health", "Health research", "in scope", {
        "terms": ["health research", "medical research", "public health", "global health", "clinical research",
                  "clinical trial", "clinical trials", "epidemiology", "epidemiological", "infectious disease",
                  "infectious diseases", "non-communicable disease", "non-communicable diseases",
                  "antimicrobial resistance"]}),
    ("ukcn-in-agri", "Agriculture and food research", "in scope", {
        "terms": ["agriculture", "agricultural", "agronomy", "crop yield", "crop yields", "crop breeding",
                  "crop production", "food security", "food science", "food safety", "livestock", "aquaculture",
                  "plant breeding", "soil health"]}),
    ("ukcn-dropped-satellites", "Satellites", "dropped", {
        "terms": ["satellite", "satellites", "cubesat", "cubesats", "small satellite", "small satellites",
                  "satellite constellation", "spacecraft", "satellite communication", "satellite communications",
                  "satellite payload"],
        "exclude": SATELLITE_EXCLUDES}),
    ("ukcn-dropped-remote-sensing", "Remote sensing technology", "dropped", {
        "terms": ["remote sensing", "remotely sensed", "earth observation", "satellite imagery",
                  "satellite images", "aerial imagery", "synthetic aperture radar", "hyperspectral imaging",
                  "multispectral imagery", "lidar", "landsat", "sentinel-2"]}),
    ("ukcn-dropped-robotics", "Robotics", "dropped", {
        "terms": ["robotics", "robotic", "robot", "robots", "humanoid robot", "robotic arm", "robot manipulation",
                  "autonomous robot", "autonomous robots", "drone", "drones", "unmanned aerial vehicle",
                  "unmanned aerial vehicles"],
        "exclude": ["robotic process automation", "drone bee", "drone bees", "drone brood"]}),
]


def build_uk_china() -> list[dict[str, str]]:
    rows = []
    for area_id, title, category, vocab in UKCN_AREAS:
        vocab = _merge(vocab, UKCN_MORE.get(area_id, {}), UKCN_OFFICER.get(area_id, {}), UKCN_ROUND2.get(area_id, {}),
                       UKCN_ROUND3.get(area_id, {}), drop=(*DROP.get(area_id, ()), *DROP3.get(area_id, ())))
        if category == "in scope":
            basis = ("One of the four areas of cooperation named in the gov.uk press release of 11 Nov 2025 "
                     "('UK to advance targeted science cooperation with China').")
        else:
            basis = ("Field in the 2017 UK–China agreement that is absent from the 2025 accord (Financial Times "
                     "report, Nov 2025, as reproduced in secondary coverage).")
        rows.append({
            "area_id": area_id, "title": title, "category": category, "tier": "",
            "terms": join(vocab["terms"]), "exclude": join(vocab["exclude"]), "context": join(vocab["context"]),
            "source_note": f"{basis} {VOCAB_NOTE}",
        })
    return rows


# --------------------------------------------------------------------------------------------
# UK trusted research: NSI Act 17 areas, ATAS broad subject fields, EU dual-use Annex I categories
# --------------------------------------------------------------------------------------------

NSI_VOCAB: dict[str, dict[str, list[str]]] = {
    "Advanced Materials": {"terms": [
        "advanced materials", "advanced composite", "advanced composites", "metamaterial", "metamaterials",
        "graphene", "two-dimensional materials", "2d materials", "superalloy", "superalloys",
        "high-entropy alloys", "nanomaterials"]},
    "Advanced Robotics": {"terms": [
        "advanced robotics", "robotics", "robotic", "robot", "robots", "autonomous robot", "autonomous robots"],
        "exclude": ["robotic process automation"]},
    "Artificial Intelligence": {"terms": [
        "artificial intelligence", "machine learning", "deep learning", "reinforcement learning",
        "artificial neural network", "deep neural network", "deep neural networks", "computer vision",
        "natural language processing", "large language model", "large language models"]},
    "Civil Nuclear": {"terms": [
        "civil nuclear", "nuclear power", "nuclear energy", "nuclear reactor", "nuclear reactors", "nuclear fuel",
        "nuclear fuel cycle", "radioactive waste", "nuclear decommissioning", "small modular reactor",
        "small modular reactors", "nuclear fusion", "fusion energy"]},
    "Communications": {"terms": [
        "telecommunications", "telecommunication", "5g network", "5g networks", "6g network", "6g networks",
        "mobile network", "mobile networks", "wireless communication", "wireless communications",
        "optical fibre communication", "optical fiber communication", "satellite communications",
        "internet infrastructure"]},
    "Computing Hardware": {"terms": [
        "computing hardware", "computer hardware", "integrated circuit", "integrated circuits", "microprocessor",
        "microprocessors", "semiconductor chip", "semiconductor chips", "chip design", "processor design",
        "fpga", "photonic integrated circuit"]},
    "Critical Suppliers to Government": {"terms": [
        "critical suppliers to government", "critical supplier to government", "classified government contract",
        "classified information", "security-cleared"]},
    "Cryptographic Authentication": {"terms": [
        "cryptographic authentication", "cryptography", "cryptographic", "encryption", "authentication protocol",
        "authentication protocols", "digital signature", "digital signatures", "public key infrastructure",
        "post-quantum cryptography", "hardware security module"]},
    "Data Infrastructure": {"terms": [
        "data infrastructure", "data centre", "data centres", "data center", "data centers",
        "cloud infrastructure", "cloud computing infrastructure", "internet exchange point"]},
    "Defence": {"terms": [
        "defence research", "defense research", "defence technology", "defense technology",
        "defence applications", "defense applications", "defence sector", "defense sector", "national defence",
        "national defense", "ministry of defence", "department of defense", "armed forces", "military"],
        "exclude": ["military history", "history of the military"]},
    "Energy": {"terms": [
        "energy infrastructure", "electricity grid", "power grid", "power grids", "smart grid", "smart grids",
        "electricity transmission", "electricity generation", "power station", "power stations",
        "oil and gas", "gas pipeline", "energy storage"]},
    "Military and Dual-Use": {"terms": [
        "dual-use technology", "dual-use technologies", "dual use technology", "dual-use items", "dual-use goods",
        "dual use goods", "military applications", "military end-use", "military end use", "export control",
        "export-controlled"]},
    "Quantum Technologies": {"terms": [
        "quantum technology", "quantum technologies", "quantum computing", "quantum computer", "qubit", "qubits",
        "quantum communication", "quantum communications", "quantum key distribution", "quantum sensing",
        "quantum sensor", "quantum sensors", "quantum metrology", "quantum imaging", "quantum simulation"]},
    "Satellite and Space Technologies": {"terms": [
        "satellite", "satellites", "spacecraft", "space technology", "space technologies", "launch vehicle",
        "launch vehicles", "cubesat", "cubesats", "ground station", "satellite navigation"],
        "exclude": SATELLITE_EXCLUDES},
    "Suppliers to the Emergency Services": {"terms": [
        "emergency services", "emergency service", "fire and rescue service", "fire and rescue services",
        "ambulance service", "ambulance services", "police communications", "emergency services network"]},
    "Synthetic Biology": {"terms": [
        "synthetic biology", "synthetic genomics", "genetic engineering", "genome editing", "gene editing", "crispr",
        "genetic circuit", "genetic circuits", "engineered organisms", "dna synthesis", "biofoundry"]},
    "Transport": {"terms": [
        "transport infrastructure", "transport network", "transport networks", "air traffic control",
        "air traffic management", "airport operations", "port operations", "railway infrastructure",
        "rail infrastructure", "railway signalling", "railway signaling", "strategic road network"]},
}


def build_nsi(ref: Path) -> list[dict[str, str]]:
    rows = []
    for r in read_csv(ref / "uk_nsi_act_17_sensitive_areas.csv"):
        n = int(r["schedule_number"])
        title = r["sensitive_area"].strip()
        vocab = NSI_VOCAB[title]
        rows.append({
            "area_id": f"nsi-{n:02d}", "title": title, "category": f"NSI Act 2021 Schedule {n}", "tier": "",
            "terms": join(vocab["terms"]), "exclude": join(vocab.get("exclude", [])),
            "source_note": (f"Sensitive area of SI 2021/1264 (NSI Act 2021 notifiable acquisition regulations). "
                            f"Schedule number basis: {r['schedule_number_basis'].strip()}. {VOCAB_NOTE}"),
        })
    assert {r["title"] for r in rows} == set(NSI_VOCAB)
    return rows


# The six broad fields named in uk_atas_notes.md (gherson.com summary, April 2024).
ATAS_AREAS = [
    ("atas-medicine", "Medicine", {
        "terms": ["medicine", "medical research", "clinical medicine", "clinical research", "pharmacology",
                  "medical science", "medical sciences", "biomedical"]}),
    ("atas-biological-sciences", "Biological sciences", {
        "terms": ["biological sciences", "biology", "molecular biology", "cell biology", "microbiology",
                  "biochemistry", "genetics", "genomics", "virology", "immunology", "neuroscience"]}),
    ("atas-veterinary-agriculture", "Veterinary sciences, agriculture and related subjects", {
        "terms": ["veterinary", "veterinary science", "veterinary medicine", "animal health", "animal science",
                  "agriculture", "agricultural science", "agronomy", "crop science", "food science", "aquaculture"]}),
    ("atas-physical-sciences", "Physical sciences", {
        "terms": ["physical sciences", "physics", "chemistry", "materials science", "astronomy", "astrophysics",
                  "geophysics", "earth sciences"]}),
    ("atas-mathematics-computer-science", "Mathematics and computer science", {
        "terms": ["mathematics", "computer science", "applied mathematics", "statistics", "algorithm",
                  "algorithms", "software engineering", "artificial intelligence", "machine learning",
                  "cryptography"]}),
    ("atas-engineering-technology", "Engineering and technology", {
        "terms": ["engineering", "electrical engineering", "electronic engineering", "mechanical engineering",
                  "aerospace engineering", "chemical engineering", "civil engineering", "nuclear engineering",
                  "materials engineering", "biomedical engineering"],
        "exclude": ["social engineering"]}),
]


def build_atas() -> list[dict[str, str]]:
    return [{
        "area_id": area_id, "title": title, "category": "ATAS subject area", "tier": "",
        "terms": join(v["terms"]), "exclude": join(v.get("exclude", [])),
        "source_note": ("Broad ATAS subject field per uk_atas_notes.md (stored gherson.com summary, April 2024). "
                        "The CAH3 codes in scope (Appendix ATAS 4.1) were not found, so this area is far broader "
                        "than ATAS itself; Appendix ATAS may have been removed by Statement of Changes HC 217 "
                        f"(April 2026) - verify. {VOCAB_NOTE}"),
    } for area_id, title, v in ATAS_AREAS]


EU_DU_VOCAB: dict[str, dict[str, list[str]]] = {
    "0": {"terms": ["nuclear materials", "nuclear facility", "nuclear facilities", "nuclear reactor",
                    "nuclear reactors", "uranium enrichment", "fissile material", "fissile materials", "plutonium",
                    "isotope separation", "heavy water", "nuclear fuel"]},
    "1": {"terms": ["special materials", "carbon fibre", "carbon fiber", "carbon-fibre composite",
                    "carbon-fiber composite", "prepreg", "prepregs", "radar absorbing material",
                    "radar-absorbing material", "energetic materials", "chemical weapons precursors",
                    "chemical weapon precursors", "human pathogen", "human pathogens", "toxins"]},
    "2": {"terms": ["materials processing", "machine tool", "machine tools", "cnc machining",
                    "numerically controlled machine tools", "five-axis machining", "isostatic press",
                    "isostatic presses", "flow-forming", "spin-forming", "vacuum furnace",
                    "coordinate measuring machine"]},
    "3": {"terms": ["electronics", "electronic components", "integrated circuit", "integrated circuits",
                    "microwave amplifier", "microwave components", "monolithic microwave integrated circuit",
                    "mmic", "analogue-to-digital converter", "analog-to-digital converter",
                    "field-programmable gate array", "fpga", "gallium nitride transistor"]},
    "4": {"terms": ["computer hardware", "high-performance computing", "high performance computing",
                    "supercomputer", "supercomputers", "supercomputing", "intrusion software", "embedded computing"]},
    "5": {"terms": ["telecommunications", "telecommunication", "information security", "cryptography",
                    "cryptographic", "encryption", "cryptanalysis", "lawful interception", "radio jamming",
                    "software-defined radio"]},
    "6": {"terms": ["laser", "lasers", "high-power laser", "infrared detector", "infrared detectors",
                    "focal plane array", "thermal imaging", "sonar", "hydrophone", "hydrophones", "magnetometer",
                    "magnetometers", "gravimeter", "radar", "lidar"]},
    "7": {"terms": ["navigation and avionics", "avionics", "inertial navigation", "inertial navigation system",
                    "gyroscope", "gyroscopes", "flight control system", "fly-by-wire", "gnss receiver", "gnss",
                    "satellite navigation", "star tracker"]},
    "8": {"terms": ["submersible", "submersibles", "underwater vehicle", "underwater vehicles",
                    "autonomous underwater vehicle", "remotely operated vehicle", "marine propulsion", "submarine",
                    "submarines", "naval vessel", "naval vessels", "hydrofoil"],
          "exclude": ["submarine canyon", "submarine canyons", "submarine groundwater", "submarine volcano",
                      "submarine fan"]},
    "9": {"terms": ["aerospace", "propulsion", "gas turbine", "gas turbine engine", "jet engine", "jet engines",
                    "aero-engine", "rocket engine", "rocket propulsion", "launch vehicle", "spacecraft",
                    "unmanned aerial vehicle", "unmanned aerial vehicles", "uav", "uavs", "scramjet", "ramjet",
                    "hypersonic"],
          "exclude": ["history of aviation"]},
}


def build_eu_du(ref: Path) -> list[dict[str, str]]:
    rows = []
    for r in read_csv(ref / "eu_dual_use_2021_821_annex_i_categories.csv"):
        if r["level"] != "category":
            continue  # the five product groups A-E are a cross-cutting structure, not areas
        code = r["code"].strip()
        vocab = EU_DU_VOCAB[code]
        rows.append({
            "area_id": f"eu-du-cat{code}", "title": r["title"].strip(),
            "category": f"Annex I Category {code}", "tier": "",
            "terms": join(vocab["terms"]), "exclude": join(vocab.get("exclude", [])),
            "source_note": ("Category heading of Annex I to Regulation (EU) 2021/821 (stored copy of the Annex I "
                            "contents list). Annex I is replaced annually by delegated regulation; headings have been "
                            f"stable. A flag here means 'check the control list', not 'controlled'. {VOCAB_NOTE}"),
        })
    return rows


def atas_exempt_codes(ref: Path) -> list[str]:
    return sorted({iso(r["nationality"]) for r in read_csv(ref / "uk_atas_exempt_nationalities.csv")})


# --------------------------------------------------------------------------------------------
# ASPI China Defence Universities Tracker (2020 snapshot)
# --------------------------------------------------------------------------------------------

def build_aspi(ref: Path) -> list[dict[str, str]]:
    ids = IdMaker("aspi-cdut")
    rows = []
    for r in read_csv(ref / "aspi_china_defence_universities_2020.csv"):
        name = r["name_en"].strip()
        aliases = split_aliases(r["aliases"], name)
        zh = r["name_zh"].strip()
        if zh and zh not in aliases:
            aliases.insert(0, zh)
        rows.append({
            "entry_id": ids.make(name, "CN"), "name": name, "aliases": join(aliases),
            # The tracker covers institutions of the People's Republic of China only.
            "country": "CN",
            "risk": r["risk_rating"].strip(),
            "category": r["categories"].strip(),
            "supervising_agencies": r["supervising_agencies"].strip(),
            "topics": r["topics"].strip(),
            "aspi_url": r["aspi_url"].strip(),
            "risk_statement": r["risk_statement"].strip(),
        })
    return rows


# --------------------------------------------------------------------------------------------
# US: Section 1260H, Section 1286, BIS Entity List research subset
# --------------------------------------------------------------------------------------------

def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", unicodedata.normalize("NFKC", name).casefold()).strip()


def build_us_1260h(ref: Path) -> tuple[list[dict[str, str]], list[str]]:
    ids = IdMaker("us-1260h")
    src = [r for r in read_csv(ref / "us_section_1260h_chinese_military_companies.csv")
           if r["in_2026_06_08_edition"].strip() == "yes"]
    rows = []
    for r in src:
        name = r["Clean Name"].strip()
        aliases = split_aliases(r["Alias"] + ";" + r["Previous Name"], name)
        rows.append({
            "entry_id": ids.make(name, "CN"), "name": name, "aliases": join(aliases),
            # The list is of "Chinese military companies"; the source carries no per-entry country.
            "country": "CN",
            "parent": "",
            "_parent_name": r["Parent Name"].strip(),
            "name_as_printed": r["Name"].strip(),
            "listed_under_parent": r["listed_under_parent"].strip(),
            "edition": "2026-06-08",
            "note": r["Note"].strip(),
            "source_url": r["Source Url"].strip(),
        })
    # parent = entry_id of the parent row; names are compared ignoring case and punctuation because the
    # edition prints "Aviation Industry Corporation of China, Ltd." under a parent row named
    # "Aviation Industry Corporation of China Ltd.".
    by_norm: dict[str, str] = {}
    for row in rows:
        by_norm.setdefault(_norm(row["name"]), row["entry_id"])
        by_norm.setdefault(_norm(row["name_as_printed"]), row["entry_id"])
    unresolved = []
    for row in rows:
        p = row.pop("_parent_name")
        if p:
            if _norm(p) in by_norm:
                row["parent"] = by_norm[_norm(p)]
            else:
                unresolved.append(p)
    return rows, sorted(set(unresolved))


def build_us_1286(ref: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    src = [r for r in read_csv(ref / "us_ndaa_fy2019_section_1286_list.csv") if r["fiscal_year_list"] == "FY25"]
    inst_ids, talent_ids = IdMaker("us-1286"), IdMaker("us-1286-talent")
    inst, talent = [], []
    for r in src:
        name = r["name"].strip()
        row = {
            "name": name, "aliases": join(split_aliases(r["aliases"], name)),
            "fiscal_year_list": r["fiscal_year_list"], "notes": r["notes"].strip(),
            "source_url": r["source_url"].strip(),
        }
        if r["entry_type"] == "talent_recruitment_program":
            # The source gives no country for Table 2 programmes; none is invented.
            row["country"] = iso(r["country"]) if r["country"].strip() else ""
            row["entry_id"] = talent_ids.make(name)
            talent.append(row)
        else:
            row["country"] = iso(r["country"])
            row["entry_id"] = inst_ids.make(name, row["country"])
            row["parent"] = ""
            inst.append(row)
    # The source file's convention: "Academy of Military Medical Sciences, <X>" rows are sub-institutes
    # printed under the AMMS parent row (see SOURCES.md section 7). The CAS affiliates have no parent row.
    by_name = {row["name"]: row["entry_id"] for row in inst}
    for row in inst:
        head, sep, _ = row["name"].partition(", ")
        if sep and head == "Academy of Military Medical Sciences" and head in by_name:
            row["parent"] = by_name[head]
    return inst, talent


def build_us_bis(ref: Path) -> list[dict[str, str]]:
    ids = IdMaker("us-bis-research")
    rows = []
    for r in read_csv(ref / "us_bis_entity_list_research_institutions_2026-07.csv"):
        name = r["name"].strip()
        cc = iso(r["country"])
        rows.append({
            "entry_id": ids.make(name, cc), "name": name, "aliases": join(split_aliases(r["aliases"], name)),
            "country": cc, "country_as_listed": r["country"].strip(),
            "address": r["address"].strip(),
            "license_requirement_text": r["license_requirement_text"].strip(),
            "federal_register_citation": r["federal_register_citation"].strip(),
        })
    return rows


# --------------------------------------------------------------------------------------------
# write + validate
# --------------------------------------------------------------------------------------------

EXPECTED_ROWS = {
    ("ca-strac", "lists/nro.csv"): 103,
    ("ca-strac", "areas/stra.csv"): 75,
    ("uk-china-sti-2025", "areas/uk_china_sti.csv"): 7,
    ("uk-trusted-research", "areas/nsi17.csv"): 17,
    ("uk-trusted-research", "areas/atas.csv"): 6,
    ("uk-trusted-research", "areas/eu_dual_use.csv"): 10,
    ("aspi-cdut", "lists/aspi_cdut.csv"): 159,
    ("us-research-security", "lists/us_1260h.csv"): 188,
    ("us-research-security", "lists/us_1286.csv"): 150,
    ("us-research-security", "lists/us_1286_talent.csv"): 6,
    ("us-research-security", "lists/us_bis_research.csv"): 334,
}

# lists whose country cell may be blank because the source gives none
BLANK_COUNTRY_OK = {"us-1286-talent"}


def build(ref: Path) -> list[str]:
    notes: list[str] = []
    write_csv(POLICIES / "ca-strac/lists/nro.csv", LIST_COLUMNS + ["country_as_listed"], build_ca_nro(ref))
    write_csv(POLICIES / "ca-strac/areas/stra.csv", AREA_COLUMNS, with_codes(build_ca_stra(ref)))
    write_csv(POLICIES / "uk-china-sti-2025/areas/uk_china_sti.csv", AREA_COLUMNS, with_codes(build_uk_china()))
    write_csv(POLICIES / "uk-trusted-research/areas/nsi17.csv", AREA_COLUMNS, with_codes(build_nsi(ref)))
    write_csv(POLICIES / "uk-trusted-research/areas/atas.csv", AREA_COLUMNS, with_codes(build_atas()))
    write_csv(POLICIES / "uk-trusted-research/areas/eu_dual_use.csv", AREA_COLUMNS, build_eu_du(ref))
    write_csv(POLICIES / "aspi-cdut/lists/aspi_cdut.csv",
              LIST_COLUMNS + ["risk", "category", "supervising_agencies", "topics", "aspi_url", "risk_statement"],
              build_aspi(ref))
    rows_1260h, unresolved = build_us_1260h(ref)
    if unresolved:
        notes.append(f"us-1260h: parent names without a row in the list: {unresolved}")
    write_csv(POLICIES / "us-research-security/lists/us_1260h.csv",
              LIST_COLUMNS + ["parent", "name_as_printed", "listed_under_parent", "edition", "note", "source_url"],
              rows_1260h)
    inst, talent = build_us_1286(ref)
    write_csv(POLICIES / "us-research-security/lists/us_1286.csv",
              LIST_COLUMNS + ["parent", "fiscal_year_list", "notes", "source_url"], inst)
    write_csv(POLICIES / "us-research-security/lists/us_1286_talent.csv",
              LIST_COLUMNS + ["fiscal_year_list", "notes", "source_url"], talent)
    write_csv(POLICIES / "us-research-security/lists/us_bis_research.csv",
              LIST_COLUMNS + ["country_as_listed", "address", "license_requirement_text", "federal_register_citation"],
              build_us_bis(ref))
    return notes


ISO_RE = re.compile(r"^[A-Z]{2}$")
ID_RE = re.compile(r"^[a-z0-9-]+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OUTCOMES = {"clear", "note", "mitigate", "escalate", "prohibited"}
CONDITION_KEYS = {"all", "any", "not", "list_hit", "area", "partner", "funder", "person", "project", "missing"}
SUBCOND_KEYS = {
    "list_hit": {"list", "subject", "band", "attribute"},
    "area": {"set", "areas", "category", "tier", "band"},
    "partner": {"country", "country_group", "type"},
    "funder": {"country", "country_group", "type", "min_amount", "min_share"},
    "person": {"nationality", "nationality_group", "not_nationality_group", "role", "talent_programme"},
    "project": {"min_amount", "max_amount", "funder_country", "funder_country_group"},
}
MISSING = {"abstract", "keywords", "field_codes", "partner_country", "funder_country", "funder_type", "nationality"}
PACK_KEYS = {"id", "title", "version", "effective", "jurisdiction", "extends", "disable_rules", "description",
             "thresholds", "country_groups", "sources", "lists", "areas", "rules"}
RULE_KEYS = {"id", "title", "outcome", "rationale", "citation", "source", "mitigations", "effective", "expires",
             "status", "when"}


def _check_condition(cond, ctx, errors, where):
    lists, area_sets, area_cols, groups = ctx
    if not isinstance(cond, dict) or len(cond) != 1:
        errors.append(f"{where}: a condition must be a table with exactly one key: {cond!r}")
        return
    (key, val), = cond.items()
    if key not in CONDITION_KEYS:
        errors.append(f"{where}: unknown condition key {key!r}")
        return
    if key in ("all", "any"):
        for i, c in enumerate(val):
            _check_condition(c, ctx, errors, f"{where}.{key}[{i}]")
        return
    if key == "not":
        _check_condition(val, ctx, errors, f"{where}.not")
        return
    if key == "missing":
        if val not in MISSING:
            errors.append(f"{where}: unknown missing fact {val!r}")
        return
    unknown = set(val) - SUBCOND_KEYS[key]
    if unknown:
        errors.append(f"{where}.{key}: unknown option(s) {sorted(unknown)}")
    for gk in ("country_group", "nationality_group", "not_nationality_group", "funder_country_group"):
        if gk in val and val[gk] not in groups:
            errors.append(f"{where}.{key}.{gk}: no country group {val[gk]!r} in this pack")
    for ck in ("country", "nationality", "funder_country"):
        for c in val.get(ck, []):
            if not ISO_RE.match(c):
                errors.append(f"{where}.{key}.{ck}: {c!r} is not an ISO code")
    if key == "list_hit":
        ids = val.get("list", [])
        for lid in [ids] if isinstance(ids, str) else ids:
            if lid not in lists:
                errors.append(f"{where}.list_hit: unknown list {lid!r}")
        if val.get("band", "match") not in {"match", "possible", "any"}:
            errors.append(f"{where}.list_hit: bad band {val['band']!r}")
        subj = val.get("subject", [])
        for s in [subj] if isinstance(subj, str) else subj:
            if s not in {"partner", "funder", "person"}:
                errors.append(f"{where}.list_hit: bad subject {s!r}")
        for col, allowed in val.get("attribute", {}).items():
            for lid in [ids] if isinstance(ids, str) else ids:
                if lid in lists and col not in lists[lid]["columns"]:
                    errors.append(f"{where}.list_hit: list {lid!r} has no column {col!r}")
                elif lid in lists:
                    present = lists[lid]["values"][col]
                    for a in allowed:
                        if a not in present:
                            errors.append(f"{where}.list_hit: no row of {lid!r} has {col} = {a!r}")
    if key == "area":
        sets = val.get("set", [])
        for sid in [sets] if isinstance(sets, str) else sets:
            if sid not in area_sets:
                errors.append(f"{where}.area: unknown area set {sid!r}")
            else:
                for cat in val.get("category", []):
                    if cat not in area_sets[sid]["categories"]:
                        errors.append(f"{where}.area: set {sid!r} has no category {cat!r}")
                for aid in val.get("areas", []):
                    if aid not in area_sets[sid]["ids"]:
                        errors.append(f"{where}.area: set {sid!r} has no area {aid!r}")
        if val.get("band", "flag") not in {"flag", "possible", "any"}:
            errors.append(f"{where}.area: bad band {val['band']!r}")


def validate() -> tuple[list[str], list[tuple[str, str, str, int]]]:
    errors: list[str] = []
    counts: list[tuple[str, str, str, int]] = []
    seen_list_ids: dict[str, str] = {}
    seen_area_ids: dict[str, str] = {}
    for toml_path in sorted(POLICIES.glob("*/policy.toml")):
        pack_dir = toml_path.parent
        where = str(toml_path.relative_to(REPO))
        try:
            pack = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            errors.append(f"{where}: {exc}")
            continue
        for k in set(pack) - PACK_KEYS:
            errors.append(f"{where}: unknown key {k!r}")
        if pack.get("id") != pack_dir.name:
            errors.append(f"{where}: id {pack.get('id')!r} != folder name")
        for k in ("id", "title", "version", "effective", "jurisdiction", "description"):
            if not pack.get(k):
                errors.append(f"{where}: missing {k}")
        if not DATE_RE.match(pack.get("effective", "")):
            errors.append(f"{where}: effective is not YYYY-MM-DD")
        th = pack.get("thresholds", {})
        if not (0 <= th.get("possible", -1) <= th.get("match", -1) <= 100):
            errors.append(f"{where}: thresholds")
        groups = pack.get("country_groups", {})
        for g, codes in groups.items():
            for c in codes:
                if not ISO_RE.match(c):
                    errors.append(f"{where}: country_groups.{g}: {c!r} is not an ISO code")
        source_ids = set()
        for s in pack.get("sources", []):
            source_ids.add(s["id"])
            for k in ("id", "title", "publisher", "url", "retrieved", "licence", "caveats"):
                if k not in s:
                    errors.append(f"{where}: source {s.get('id')}: missing {k}")
            if not DATE_RE.match(s.get("retrieved", "")):
                errors.append(f"{where}: source {s.get('id')}: retrieved is not YYYY-MM-DD")
        lists: dict[str, dict] = {}
        for lst in pack.get("lists", []):
            lid = lst["id"]
            if lid in seen_list_ids:
                errors.append(f"{where}: list id {lid!r} also in {seen_list_ids[lid]}")
            seen_list_ids[lid] = where
            if lst.get("source") not in source_ids:
                errors.append(f"{where}: list {lid}: unknown source {lst.get('source')!r}")
            f = pack_dir / lst["file"]
            if not f.is_file():
                errors.append(f"{where}: list {lid}: missing file {lst['file']}")
                continue
            rows = read_csv(f)
            cols = list(rows[0].keys()) if rows else []
            for c in LIST_COLUMNS:
                if c not in cols:
                    errors.append(f"{f}: missing column {c}")
            eids = [r["entry_id"] for r in rows]
            if len(eids) != len(set(eids)):
                errors.append(f"{f}: duplicate entry_id")
            for r in rows:
                if not ID_RE.match(r["entry_id"]) or not r["entry_id"].startswith(lid + "-"):
                    errors.append(f"{f}: bad entry_id {r['entry_id']!r}")
                if not r["name"].strip():
                    errors.append(f"{f}: empty name in {r['entry_id']}")
                if not ISO_RE.match(r["country"]) and not (lid in BLANK_COUNTRY_OK and r["country"] == ""):
                    errors.append(f"{f}: {r['entry_id']}: country {r['country']!r} is not ISO alpha-2")
                if r.get("parent") and r["parent"] not in eids:
                    errors.append(f"{f}: {r['entry_id']}: parent {r['parent']!r} is not an entry of this list")
            lists[lid] = {"columns": cols, "values": {c: {r[c] for r in rows} for c in cols}}
            exp = EXPECTED_ROWS.get((pack_dir.name, lst["file"]))
            if exp is not None and exp != len(rows):
                errors.append(f"{f}: {len(rows)} rows, expected {exp}")
            counts.append((pack_dir.name, "list", lid, len(rows)))
        area_sets: dict[str, dict] = {}
        for ar in pack.get("areas", []):
            sid = ar["id"]
            if sid in seen_area_ids:
                errors.append(f"{where}: area set id {sid!r} also in {seen_area_ids[sid]}")
            seen_area_ids[sid] = where
            if ar.get("source") not in source_ids:
                errors.append(f"{where}: area set {sid}: unknown source {ar.get('source')!r}")
            f = pack_dir / ar["file"]
            if not f.is_file():
                errors.append(f"{where}: area set {sid}: missing file {ar['file']}")
                continue
            rows = read_csv(f)
            aids = [r["area_id"] for r in rows]
            if len(aids) != len(set(aids)):
                errors.append(f"{f}: duplicate area_id")
            for r in rows:
                if not r["terms"].strip():
                    errors.append(f"{f}: {r['area_id']}: no terms")
                terms = [t.strip() for t in r["terms"].split(";")]
                if len(terms) != len(set(terms)):
                    errors.append(f"{f}: {r['area_id']}: duplicate terms")
            area_sets[sid] = {"ids": set(aids), "categories": {r.get("category", "") for r in rows}}
            exp = EXPECTED_ROWS.get((pack_dir.name, ar["file"]))
            if exp is not None and exp != len(rows):
                errors.append(f"{f}: {len(rows)} rows, expected {exp}")
            counts.append((pack_dir.name, "areas", sid, len(rows)))
        rule_ids = set()
        for rule in pack.get("rules", []):
            rid = rule.get("id", "?")
            if rid in rule_ids:
                errors.append(f"{where}: duplicate rule id {rid}")
            rule_ids.add(rid)
            for k in set(rule) - RULE_KEYS:
                errors.append(f"{where}: rule {rid}: unknown key {k!r}")
            for k in ("id", "title", "outcome", "rationale", "citation", "source", "mitigations", "when"):
                if k not in rule:
                    errors.append(f"{where}: rule {rid}: missing {k}")
            if rule.get("outcome") not in OUTCOMES:
                errors.append(f"{where}: rule {rid}: bad outcome {rule.get('outcome')!r}")
            if rule.get("source") and rule["source"] not in source_ids:
                errors.append(f"{where}: rule {rid}: unknown source {rule['source']!r}")
            for dk in ("effective", "expires"):
                if rule.get(dk) and not DATE_RE.match(rule[dk]):
                    errors.append(f"{where}: rule {rid}: {dk} is not a date")
            if rule.get("status", "active") not in {"active", "inactive"}:
                errors.append(f"{where}: rule {rid}: bad status")
            _check_condition(rule.get("when"), (lists, area_sets, None, groups), errors, f"{where}: rule {rid}: when")
    return errors, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE,
                    help=f"folder with the reference files (default: {DEFAULT_REFERENCE})")
    ap.add_argument("--check-only", action="store_true", help="validate the packs without rewriting CSVs")
    args = ap.parse_args(argv)
    ref = args.reference.resolve()
    notes: list[str] = []
    if not args.check_only:
        if not (ref / "SOURCES.md").is_file():
            print(f"reference folder not found: {ref}", file=sys.stderr)
            return 2
        notes = build(ref)
        exempt = atas_exempt_codes(ref)
        pack = tomllib.loads((POLICIES / "uk-trusted-research/policy.toml").read_text(encoding="utf-8"))
        declared = sorted(pack["country_groups"]["atas_exempt"])
        if declared != sorted(exempt + ["GB"]):
            notes.append(f"uk-trusted-research atas_exempt group differs from the reference: {sorted(exempt + ['GB'])}")
    errors, counts = validate()
    for pack_id, kind, set_id, n in counts:
        print(f"{pack_id:22} {kind:5} {set_id:18} {n:4} rows")
    for n in notes:
        print("NOTE:", n)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
