"""Second pass of area vocabulary for ca-strac and uk-china-sti-2025 (issue 8), merged by build_packs.py.

These are collabscreen-authored terms in the vocabulary a research-security officer uses for each area: the
technologies, methods and objects by their common names and abbreviations. Word forms (plurals, -ing/-ed, British
and American spelling, hyphenation) need not be listed: the classifier matches by stem. Exclusions name the
common other senses of a term ("satellite imagery" is remote sensing, not satellite technology; "soil health" is
not health research). Context words gate a term that is ambiguous on its own.

Keys are STRA sub-technology names (as in the reference CSV) or uk-china-sti area ids; values add ``terms``,
``exclude`` and ``context``.
"""

from __future__ import annotations

# Using satellite data is Earth observation, not satellite technology (both vocabularies).
SATELLITE_DATA = ["satellite imagery", "satellite image", "satellite data", "satellite observation",
                  "satellite derived", "satellite product", "satellite record", "satellite retrieval",
                  "satellite remote sensing", "satellite based remote sensing", "satellite altimetry",
                  "satellite measurement", "satellite estimate", "satellite dataset", "satellite sensor data"]
HISTORY = ["history of aviation", "aviation history", "history of spaceflight", "space race",
           "history of science", "history of technology"]

ROBOT_TERMS = ["robot", "robotics", "robotic system", "robotic manipulator", "manipulator arm", "mobile robot",
               "legged robot", "soft robot", "multi-robot", "robot swarm", "swarm robotics", "surgical robot",
               "robot-assisted", "teleoperation", "teleoperated", "autonomous underwater vehicle", "auv",
               "unmanned surface vessel", "unmanned surface vehicle", "uncrewed surface vessel", "wave glider",
               "autonomous vehicle", "autonomous system", "unmanned aerial system", "uas", "uav", "quadrotor",
               "quadcopter", "drone", "self-driving", "autonomous navigation", "motion planning"]
ROBOT_EXCLUDE = ["robotic process automation", "drone bee", "drone brood", "drone fly", "drone flies"]

STRA_MORE: dict[str, dict[str, list[str]]] = {
    "Advanced Communications Technology": {"terms": [
        "mmwave", "millimeter wave", "terahertz", "beamforming", "visible light communication",
        "optical wireless communication", "wireless communication system", "satellite communication",
        "physical layer security", "cognitive radio"]},
    "Advanced Computing Technology": {"terms": [
        "hpc", "parallel computing", "exascale", "in-memory computing", "optical computing", "photonic computing",
        "reversible computing", "edge computing", "heterogeneous computing", "computing architecture"]},
    "Cryptography": {"terms": [
        "cryptographic", "cipher", "block cipher", "public key", "lattice-based cryptography", "post-quantum",
        "zero-knowledge proof", "secure multiparty computation", "integer factorization", "factoring integers",
        "discrete logarithm", "rsa", "elliptic curve cryptography", "key exchange", "cryptographic protocol"]},
    "Cyber Security Technology": {"terms": [
        "side-channel", "side channel attack", "power analysis attack", "differential power analysis",
        "fault injection attack", "hardware security", "hardware trojan", "network security", "information security",
        "ransomware", "botnet", "phishing", "security vulnerability", "software vulnerability", "exploit mitigation",
        "adversarial attack", "secure hardware", "countermeasure against attack"]},
    "Data Storage Technology": {"terms": [
        "memristor", "phase-change memory", "resistive memory", "resistive switching", "mram", "spintronic memory",
        "flash memory", "information storage", "data storage", "storage density", "magnetic recording"]},
    "Microelectronics": {"terms": [
        "transistor", "asic", "fpga", "system on chip", "soc design", "nanoelectronics", "nanoelectronic",
        "logic circuit", "analog circuit", "mixed-signal circuit", "photonic integrated circuit", "semiconductor chip",
        "chip", "circuit design", "electronic design automation", "logic gate"],
        "exclude": ["lab on a chip", "organ on a chip", "chip seq", "microfluidic chip", "wood chip"]},
    "Next-Generation Network Technology": {"terms": [
        "5g", "6g", "internet of things", "iot", "network slicing", "wireless network", "mobile network",
        "software-defined network", "vehicular network", "mobile edge computing"]},
    "Advanced Energy Storage Technology": {"terms": [
        "battery", "lithium-ion", "sodium-ion", "potassium-ion", "lithium-metal", "lithium-sulfur", "anode",
        "cathode material", "solid electrolyte", "solid-state electrolyte", "composite electrolyte",
        "electrolyte interphase", "electrode material", "redox flow", "electrochemical energy storage",
        "grid storage", "thermal energy storage"]},
    "Advanced Nuclear Generation Technology": {"terms": [
        "nuclear fuel", "fuel cladding", "fuel rod", "accident-tolerant fuel", "light water reactor",
        "fission reactor", "nuclear energy", "nuclear power", "nuclear power plant", "reactor core", "fusion energy",
        "breeder reactor", "microreactor"]},
    "Wireless Power Transfer Technology": {"terms": [
        "wireless power", "inductive charging", "wireless energy transfer", "power beaming", "rectenna",
        "wirelessly powered", "magnetic resonance coupling"]},
    "Augmented Conventional Materials": {"terms": [
        "ceramic matrix composite", "cmc", "thermal protection system", "refractory alloy", "refractory metal",
        "composite material", "polymer matrix composite", "metal matrix composite", "nickel-based superalloy",
        "ultra-high-temperature", "silicon carbide composite", "sic/sic", "impact resistance", "high-strength alloy"]},
    "Nanomaterials": {"terms": [
        "nanoscale material", "nanostructure", "nanostructured", "nanocomposite", "nanocrystal", "nanosheet",
        "nanofiber", "nanoporous", "nanoscale", "nanomaterial synthesis"]},
    "Two-Dimensional (2D) Materials": {"terms": [
        "graphene", "mxene", "transition metal dichalcogenide", "hexagonal boron nitride", "mos2", "monolayer",
        "two-dimensional material", "2d material", "van der waals heterostructure", "phosphorene"]},
    "Additive Manufacturing (3D Printing)": {"terms": [
        "3d printing", "3d printed", "additive manufacturing", "additively manufactured", "laser powder bed",
        "directed energy deposition", "selective laser melting", "electron beam melting", "fused deposition"]},
    "Advanced Semiconductor Manufacturing": {"terms": [
        "lithography", "nanolithography", "euv lithography", "semiconductor fabrication", "wafer",
        "chip fabrication", "semiconductor manufacturing", "atomic layer deposition"]},
    "Critical Materials Manufacturing": {"terms": [
        "rare earth", "rare-earth element", "critical mineral", "critical material", "critical metal",
        "lithium extraction", "cobalt supply"]},
    "Nano-Manufacturing": {"terms": [
        "nanofabrication", "nanomanufacturing", "nanoimprint", "nanopatterning", "self-assembly of nanostructures",
        "processing of materials", "materials processing", "microstructure control"]},
    "Advanced Biometric Recognition Technologies": {"terms": [
        "biometric", "biometrics", "fingerprint", "face recognition", "facial recognition", "iris recognition",
        "gait recognition", "speaker verification", "person re-identification", "face verification",
        "palm vein", "liveness detection", "presentation attack detection"]},
    "Advanced Radar Technologies": {"terms": [
        "radar", "mimo radar", "ground-penetrating radar", "over-the-horizon radar", "radar signal", "radar imaging",
        "passive radar", "phased array"]},
    "Atomic Interferometer Sensors": {"terms": [
        "atom interferometry", "atom interferometer", "atomic interferometer", "cold-atom sensor",
        "cold atom interferometer", "inertial sensing", "atomic gravimeter", "atomic accelerometer"]},
    "Magnetic Field Sensors (Magnetometers)": {"terms": [
        "magnetometer", "magnetometry", "magnetic field sensor", "squid magnetometer", "optically pumped magnetometer",
        "magnetic anomaly detection"]},
    "Imaging and Optical Devices and Sensors": {"terms": [
        "infrared imaging", "thermal imaging", "night vision", "image sensor", "single-photon detector",
        "photodetector", "focal plane array", "hyperspectral camera", "lidar sensor", "event camera"]},
    "Micro/Nano Electro-Mechanical Systems (M/NEMS)": {"terms": [
        "mems", "nems", "microelectromechanical", "nanoelectromechanical", "micro-electro-mechanical",
        "mems gyroscope", "mems accelerometer"]},
    "Position, Navigation and Timing (PNT) Technology": {"terms": [
        "inertial navigation", "gps-denied", "gnss-denied", "map-matching", "map matching navigation",
        "precision timing", "atomic clock", "optical clock", "dead reckoning", "terrain-aided navigation",
        "navigation system", "positioning system", "alternative navigation", "magnetic navigation"]},
    "Underwater (Wireless) Sensor Network": {"terms": [
        "sonar", "underwater acoustic", "hydrophone", "underwater sensor", "underwater acoustic network",
        "maritime surveillance"]},
    "Advanced Weapons": {"terms": [
        "guidance law", "missile guidance", "terminal guidance", "homing guidance", "impact angle", "impact time",
        "proportional navigation", "interceptor", "interception of missiles", "ballistic missile",
        "hypersonic glide vehicle", "boost-glide", "glide vehicle", "reentry vehicle", "re-entry vehicle",
        "warhead", "munition", "energetic material", "high explosive", "solid propellant", "propellant",
        "directed energy", "high-power microwave", "laser weapon", "pursuer", "evader",
        "pursuit-evasion", "target-attacker-defender", "salvo attack", "armor", "armour",
        "ballistic protection", "kill vehicle", "weapon"],
        "exclude": ["history of warfare", "weapons of the weak", "heart attack", "panic attack", "attack rate",
                    "asthma attack", "propellant gas", "aerosol propellant", "inhaler propellant"]},
    "Advanced Wind Tunnels": {"terms": ["hypersonic flow", "shock tube", "aerothermodynamics", "wind-tunnel"]},
    "On-Orbit Servicing, Assembly and Manufacturing Systems": {"terms": [
        "space debris", "orbital debris", "debris removal", "rendezvous and docking", "in-orbit servicing"]},
    "Payloads": {"terms": ["payload", "science payload", "instrument payload", "hosted payload"]},
    "Propulsion Technologies": {"terms": [
        "propulsion", "thruster", "rocket", "turbofan", "combustor", "hypersonic vehicle", "scramjet engine",
        "launch vehicle", "rocket motor"],
        "exclude": HISTORY},
    "Satellites": {"terms": [
        "nanosatellite", "microsatellite", "smallsat", "cubesat", "satellite mission", "space mission",
        "low earth orbit", "leo satellite", "geostationary", "satellite link", "ground station", "spaceborne",
        "space-based", "space-to-ground", "orbiting", "in orbit", "on orbit", "deep space", "spacecraft",
        "satellite-based", "space segment", "space quantum"],
        "exclude": SATELLITE_DATA + HISTORY},
    "Space Stations": {"terms": ["iss", "space habitat", "crewed spaceflight"]},
    "Zero-Emission/Fuel Aircraft": {"terms": ["aircraft", "aerospace", "aviation", "airframe", "hypersonic",
                                              "reentry", "re-entry", "thermal protection", "hot structure",
                                              "aerodynamic heating", "flight vehicle", "air vehicle"],
                                    "exclude": HISTORY},
    "AI Chipsets": {"terms": ["edge ai", "tinyml", "on-device inference", "neural network hardware",
                              "hardware accelerator for deep learning"]},
    "Computer Vision": {"terms": [
        "image classification", "semantic segmentation", "instance segmentation", "pose estimation",
        "visual tracking", "scene understanding", "vision transformer", "image analysis", "video understanding",
        "visual question answering", "image fusion", "vision-language model", "vlm"]},
    "Data Science and Big Data Technology": {"terms": [
        "data analytics", "large-scale data", "data-driven discovery", "big data analytics", "data assimilation",
        "predictive analytics", "data fusion"]},
    "Machine Learning (ML)": {"terms": [
        "ai", "neural network", "graph neural network", "recurrent neural network", "transformer model",
        "generative ai", "generative model", "foundation model", "self-supervised learning", "few-shot",
        "meta-learning", "transfer learning", "federated learning", "representation learning",
        "domain adaptation", "out-of-distribution", "distribution shift",
        "random forest", "support vector machine", "gradient boosting", "learned model", "learning algorithm",
        "machine-learned", "ml model", "ml-based", "pattern recognition", "model pruning", "neural architecture",
        "ai agent", "llm", "llm agent", "autonomous agent", "physics-informed neural network", "surrogate model",
        "emulator", "data-driven model", "training data",
        "benchmark dataset"],
        "exclude": ["learned society", "learned societies", "lessons learned", "we learned", "students learned",
                    "ai chen", "ai wang", "ai li", "ai zhang", "ai liu"]},
    "Natural Language Processing": {"terms": [
        "question answering", "text classification", "information extraction", "named entity recognition",
        "chatbot", "conversational agent", "dialogue system", "text generation", "document understanding",
        "retrieval-augmented generation", "language understanding"]},
    "Brain-Computer Interfaces": {"terms": [
        "brain machine interface", "bmi", "bci", "neural decoding", "intracortical", "neural recording",
        "neuromodulation", "neural-machine interface", "neural machine interface", "brain signals"],
        "exclude": ["body mass index", "bmi of", "high bmi", "bmi z"]},
    "Exoskeletons": {"terms": ["powered orthosis", "exoskeletal", "assistive exosuit", "wearable exoskeleton"],
                     "exclude": ["arthropod exoskeleton", "insect exoskeleton", "crustacean exoskeleton"]},
    "Neuroprosthetic/Cybernetic Devices": {"terms": [
        "prosthesis", "prosthetic", "prostheses", "powered prosthesis", "lower-limb prosthesis",
        "upper-limb prosthesis", "bionic", "electromyography", "emg", "myoelectric", "osseointegration",
        "human-machine interface", "human-robot interaction", "haptic", "haptics", "shared autonomy",
        "intent recognition", "human-in-the-loop control"]},
    "Virtual/Augmented/Mixed Reality": {"terms": ["vr", "xr", "metaverse", "immersive", "360-degree video",
                                                  "head mounted"]},
    "Wearable Neurotechnology": {"terms": ["eeg", "electroencephalography", "brain stimulation", "tdcs",
                                          "transcranial"]},
    "Biomanufacturing": {"terms": ["metabolic engineering", "engineered microbe", "microbial cell factory",
                                   "cell-free", "precision fermentation", "engineered yeast", "engineered bacteria",
                                   "biocatalysis", "directed evolution", "protein engineering"]},
    "Genomic Sequencing and Genetic Engineering": {"terms": [
        "crispr/cas", "cas9", "cas12", "cas13", "base editing", "prime editing", "genome engineering",
        "transgenic", "gene knockout", "gene knockin", "genetic modification", "genetically modified",
        "gene targeting", "genome editor", "editing system", "guide rna", "grna"]},
    "Synthetic Biology": {"terms": ["gene circuit", "synthetic genetic", "engineered living", "xenobiology",
                                    "chassis organism", "biosensor circuit", "synthetic gene"]},
    "Chemical, Biological, Radiological and Nuclear (CBRN) Medical Countermeasures": {"terms": [
        "bioterrorism", "select agent", "anthrax", "smallpox", "radiation injury", "acute radiation syndrome",
        "chemical threat", "biothreat"]},
    "Gene Therapy": {"terms": ["gene transfer", "aav", "car-t", "cell therapy", "gene delivery", "mrna therapeutic"]},
    "Quantum Communications": {"terms": [
        "qkd", "entangled photon", "entanglement", "quantum link", "quantum channel", "quantum repeater",
        "quantum memory", "single-photon source", "quantum secure", "key rate", "secret key rate",
        "quantum optics", "quantum photonics"]},
    "Quantum Computing": {"terms": [
        "quantum information", "quantum technology", "quantum gate", "quantum circuit", "trapped ion",
        "trapped atomic ion", "superconducting qubit", "spin qubit", "quantum simulation", "quantum simulator",
        "quantum control", "quantum state", "quantum device", "ion trap", "rydberg atom", "quantum hardware",
        "fault-tolerant", "quantum error"]},
    "Quantum Materials": {"terms": ["topological superconductor", "quantum spin", "strongly correlated",
                                    "moire", "twisted bilayer", "quantum hall", "anyons"]},
    "Quantum Sensing": {"terms": [
        "quantum sensor", "quantum-enhanced", "atom interferometry", "atom interferometer", "cold atom",
        "nv center", "nitrogen vacancy", "quantum limit", "heisenberg limit", "standard quantum limit",
        "entanglement-enhanced", "quantum noise", "quantum navigation", "quantum inertial"]},
    "Quantum Software": {"terms": ["quantum programming", "variational quantum", "qaoa", "vqe",
                                   "quantum machine learning", "hybrid quantum-classical"]},
    "Molecular (or Nano) Robotics": {"terms": ["dna nanorobot", "micro-robot", "nano-robot", "microswimmer"]},
    "(Semi-)Autonomous/Uncrewed Aerial/Ground/Marine Vehicles": {"terms": [
        "autonomous underwater vehicle", "auv", "unmanned surface vessel", "unmanned surface vehicle",
        "uncrewed surface vessel", "wave glider", "unmanned vehicle", "uncrewed vehicle", "autonomous vehicle",
        "autonomous ship", "autonomous vessel", "unmanned aircraft", "uas", "quadrotor", "quadcopter",
        "autonomous navigation", "autonomous driving", "self-driving car", "swarm", "multi-agent vehicle",
        "heterogeneous vehicles", "cooperative vehicles", "marine robot", "ocean robot"],
        "exclude": ROBOT_EXCLUDE + ["particle swarm", "bee swarm", "swarm intelligence optimization",
                                    "particle swarm optimization"]},
    "Service Robots": {"terms": [
        "robot", "robotics", "robotic", "robotic system", "robotic manipulator", "manipulator arm", "mobile robot",
        "legged robot", "soft robot", "multi-robot", "surgical robot", "robotic surgery",
        "robot-assisted", "teleoperation", "teleoperated", "rehabilitation robot", "collaborative robot", "cobot",
        "motion planning", "robot learning"],
        "exclude": ROBOT_EXCLUDE},
}

UKCN_MORE: dict[str, dict[str, list[str]]] = {
    "ukcn-in-climate": {"terms": [
        "climate", "climate model", "earth system model", "climate simulation", "climate projection",
        "paleoclimate", "environmental pollution", "environmental contamination", "environmental remediation",
        "environmental impact",
        "pollution", "pollutant", "contaminant", "contaminated",
        "contamination", "remediation", "phytoremediation", "bioremediation", "carbon emissions", "carbon dioxide",
        "co2 emissions", "methane", "greenhouse gas", "atmospheric chemistry", "atmospheric science", "atmospheric co2",
        "ocean acidification", "ocean warming", "ocean circulation", "oceanographic", "marine ecosystem",
        "sea level", "sea ice", "glacier", "permafrost", "drought", "flood", "wildfire", "precipitation",
        "air quality", "water quality", "heavy metal", "ecosystem ecology", "ecosystem function", "habitat loss",
        "hydrology", "carbon sequestration", "weather", "extreme weather",
        "environmental monitoring"],
        "exclude": ["school climate", "organizational climate", "organisational climate", "political climate",
                    "investment climate", "business climate", "social climate", "classroom climate",
                    "learning environment", "software environment", "computing environment", "development environment",
                    "virtual environment", "simulation environment", "programming environment", "work environment",
                    "operating environment", "runtime environment", "environment variable", "execution environment",
                    "unstructured environment", "dynamic environment", "cluttered environment",
                    "reinforcement learning environment"]},
    "ukcn-in-planetary": {"terms": [
        "planetary", "planet", "asteroid", "near-earth asteroid", "near-earth object", "nea", "neo", "comet",
        "meteorite", "meteor", "minor planet", "small body", "lightcurve", "light curve", "photometry",
        "moon", "lunar", "mars", "martian", "venus", "jupiter", "saturn", "exoplanet", "galaxy", "galaxies",
        "star", "stellar", "star formation", "astrophysical", "cosmic", "cosmic ray", "solar wind", "heliosphere",
        "observatory", "telescope", "interstellar", "astrobiology", "planetary defense",
        "spin state", "dark matter", "black hole", "supernova", "gravitational wave", "radio telescope",
        "space weather"],
        "exclude": ["star rating", "five star", "5 star", "star schema", "star topology", "rock star", "star graph",
                    "galaxy s", "samsung galaxy", "neo-liberal", "neoliberal", "honeymoon", "moonlight"]},
    "ukcn-in-health": {"terms": [
        "health", "healthcare", "health care", "patient", "clinical", "clinician", "clinic", "hospital",
        "disease", "disorder", "therapy", "therapeutic", "treatment", "medical", "medicine", "biomedical",
        "surgery", "surgical", "surgeon", "rehabilitation", "amputee", "amputation", "prosthesis", "prosthetic",
        "injury", "paralysis", "stroke", "spinal cord injury", "cancer", "tumor", "diabetes",
        "dementia", "alzheimer", "parkinson", "cardiovascular", "mental health", "depression", "infection",
        "pathogen", "virus", "vaccine", "drug", "pharmaceutical", "pharmacology", "nursing", "diagnosis",
        "diagnostic", "mortality", "morbidity", "wellbeing", "well-being", "quality of life", "randomized trial",
        "randomised controlled trial", "cohort study", "mobility impairment", "motor impairment", "limb loss",
        "speech loss", "restoring movement"],
        "exclude": ["soil health", "plant health", "crop health", "ecosystem health", "ocean health",
                    "structural health", "battery health", "state of health", "system health", "network health",
                    "financial health", "plant disease", "crop disease", "disease resistance in plants",
                    "plant pathogen", "crop pathogen", "fungal pathogen of", "heat treatment", "surface treatment",
                    "thermal treatment", "water treatment", "wastewater treatment", "treatment plant",
                    "data treatment", "computer virus", "injury-free", "drug trafficking",
                    "treatment of uncertainty", "statistical treatment", "theoretical treatment",
                    "national health", "health, prosperity"]},
    "ukcn-in-agri": {"terms": [
        "crop", "crops", "crop monitoring", "yield prediction", "yield forecasting", "yield estimation",
        "corn", "maize", "wheat", "rice", "soybean", "barley", "sorghum", "cotton", "potato", "cassava",
        "farm", "farmer", "farming", "agronomic", "cultivar", "harvest", "orchard", "vineyard", "irrigation",
        "fertilizer", "fertiliser", "pest", "pesticide", "weed", "plant pathology", "plant disease",
        "plant pathogen", "crop disease", "crop protection", "crop improvement", "plant genomics",
        "plant biology", "plant science", "plant breeding", "plants", "plant", "seed", "grain", "cattle", "poultry",
        "dairy", "pig", "sheep", "aquaculture", "fisheries", "food", "food production", "precision agriculture",
        "growing season", "field trial", "agroecosystem", "soil", "arable", "horticulture", "greenhouse crop",
        "trait improvement"],
        "exclude": ["power plant", "nuclear plant", "nuclear power plant", "chemical plant", "treatment plant",
                    "manufacturing plant", "processing plant", "plant model", "plant dynamics", "control plant",
                    "pilot plant", "seed funding", "seed grant", "random seed", "seed point", "food for thought",
                    "pest control of software", "corn syrup", "rice university", "grain boundary", "grain boundaries",
                    "grain size", "grain growth", "fine-grained", "coarse-grained", "grain refinement",
                    "pig iron", "farm of servers", "server farm", "wind farm", "solar farm", "data farm"]},
    "ukcn-dropped-satellites": {"terms": [
        "nanosatellite", "microsatellite", "smallsat", "satellite mission", "space mission", "low earth orbit",
        "leo satellite", "geostationary", "satellite link", "ground station", "spaceborne", "space-based",
        "space-to-ground", "orbiting", "in orbit", "on orbit", "deep space", "satellite-based", "space segment",
        "payload", "space quantum"],
        "exclude": SATELLITE_DATA + HISTORY + ["launch of the program", "product launch", "launch event",
                                               "constellation of factors", "constellation of symptoms", "star constellation"],
        "context": []},
    "ukcn-dropped-remote-sensing": {"terms": [
        "satellite imagery", "satellite image", "satellite data", "satellite observation", "satellite-derived",
        "satellite remote sensing", "satellite altimetry", "satellite record", "earth observation", "modis",
        "landsat", "sentinel", "ndvi", "vegetation index", "hyperspectral", "multispectral", "sar",
        "aerial image", "uav imagery", "drone imagery", "spectral index", "land cover", "land use mapping",
        "airborne survey", "spectral imaging", "image resolution", "high-resolution imagery", "low-resolution imagery",
        "radiometric", "reflectance"]},
    "ukcn-dropped-robotics": {"terms": ROBOT_TERMS + ["robotic surgery", "rehabilitation robot",
                                                      "collaborative robot", "cobot"],
                              "exclude": ROBOT_EXCLUDE},
}
