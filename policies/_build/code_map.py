"""Field codes for the shipped areas (issue 8): which codes of the cited lists in codes/ map to which area.

A project's field code flags an area on its own when it equals a code listed here or starts with it (FOR:4602 takes
in FOR:460203), so a code is listed only when it is SPECIFIC: a project carrying it is, by the code's title alone,
research in that area. Broad codes are left out (FOS 2.2 Electrical engineering, electronic engineering, information
engineering; FOR 4007 Control engineering, mechatronics and robotics); fewer, clearly right codes are preferred. A
code that fits a whole STRA category but no single sub-technology goes to the ONE sub-area that fits best (or is
left out), never to several sub-areas of one category; a code may map to areas in different packs. Broad codes that
are the field itself are used only for areas that are themselves whole fields: the uk-china-sti-2025 in-scope areas
and the ATAS subject areas.

Where a group code and one of its own fields map to different sub-areas of one category, the group's area is the
category's catch-all and a project with that field is flagged for both: FOR 4604 / 460401 (cyber security,
cryptography), FOR 4602 / 460208, 460212 (machine learning, NLP), FOR 4001 / 400106, 400107 and CRDC RDF20401 /
RDF2040107, RDF2040108 (aerospace as a whole, propulsion, satellites), CRDC RDF10201 / RDF1020105, RDF1020110,
RDF1020111, RDF1020112 (machine learning, NLP, data science, computer vision). The catch-alls follow the areas'
own terms: stra-zero-emission-fuel-aircraft lists "aerospace engineering" and stra-service-robots "robot", "robotics".

Codes are written "SCHEME:code" with SCHEME one of FOR (ANZSRC 2020 FoR), CRDC (CRDC 2020 RDF), CAH (HESA CAH
v1.3.4), HECOS or FOS (OECD FORD 2015); every code is in the matching CSV in codes/ (see codes/SOURCES.md), and the
comment after each code is its title as written there. The CRDC engineering division is written RDF20-21 in the
source, so no code starts with it: its groups RDF201-RDF212 are listed as well.

Areas with no specific code in these lists (not listed below; found by their terms only):
- ca-strac: stra-distributed-ledger-technology, stra-wireless-power-transfer-technology, stra-auxetic-materials,
  stra-high-entropy-materials, stra-powder-materials-for-additive-manufacturing, stra-two-dimensional-2d-materials,
  stra-critical-materials-manufacturing, stra-four-dimensional-4d-printing,
  stra-two-dimensional-2d-materials-manufacturing, stra-advanced-biometric-recognition-technologies,
  stra-atomic-interferometer-sensors, stra-cross-cueing-sensors, stra-electric-field-sensors,
  stra-magnetic-field-sensors-magnetometers, stra-side-scan-sonar, stra-synthetic-aperture-sonar-sas,
  stra-underwater-wireless-sensor-network, stra-advanced-weapons, stra-advanced-wind-tunnels, stra-space-stations,
  stra-digital-twin-technology, stra-exoskeletons, stra-neuroprosthetic-cybernetic-devices,
  stra-wearable-neurotechnology, stra-chemical-biological-radiological-and-nuclear-cbrn-medical-countermeasures,
  stra-quantum-materials, stra-quantum-sensing, stra-quantum-software, stra-molecular-or-nano-robotics,
  stra-space-robotics.
- uk-trusted-research: nsi-07, nsi-12, nsi-15."""

AREA_CODES: dict[str, list[str]] = {
    # ca-strac: Canada's STRA sub-technologies (areas/stra.csv)
    "stra-advanced-communications-technology": [
        "FOR:400601",  # Antennas and propagation
        "FOR:400602",  # Data communications
        "FOR:400605",  # Optical fibre communication systems and technologies
        "FOR:400606",  # Satellite communications
        "FOR:400608",  # Wireless communication systems and technologies (incl. microwave and millimetrewave)
        "CRDC:RDF2030201",  # Wireless communication systems
        "CRDC:RDF2030203",  # Digital communications
        "CRDC:RDF2030210",  # Spectrum sharing and management
        "CRDC:RDF2030214",  # Fibre-optic communications technologies
        "CRDC:RDF2030507",  # Antennas and propagation
        "CRDC:RDF2030519",  # Optical and data communications
        "HECOS:100159",  # telecommunications engineering
    ],
    "stra-advanced-computing-technology": [
        "FOR:460601",  # Cloud computing
        "FOR:460602",  # Concurrent/parallel systems and technologies
        "FOR:460607",  # High performance computing
        "FOR:400903",  # Digital processor architectures
        "CRDC:RDF1020403",  # Parallel systems
        "CRDC:RDF2030105",  # Computer architecture
        "CRDC:RDF2030107",  # Digital hardware and technologies
        "CRDC:RDF2030108",  # Computer configurable hardware
        "CRDC:RDF2030206",  # Cloud computing systems
        "HECOS:100734",  # computer architectures
        "HECOS:100741",  # high performance computing
        "HECOS:101400",  # parallel computing
    ],
    "stra-cryptography": [
        "FOR:460401",  # Cryptography
        "CRDC:RDF1020209",  # Encryption and cryptography
    ],
    "stra-cyber-security-technology": [
        # FOR:4604: whole group; its field 460401 Cryptography also maps to stra-cryptography
        "FOR:4604",  # Cybersecurity and privacy
        "FOR:460904",  # Information security management
        "CRDC:RDF1020601",  # Information system security
        "CRDC:RDF1020612",  # Digital forensics
        "CRDC:RDF2030110",  # Hardware and software for computer security
        "CRDC:RDF2030213",  # Cybersecurity and privacy technologies
        "HECOS:100376",  # computer and information security
        "HECOS:100385",  # computer forensics
    ],
    "stra-data-storage-technology": ["CRDC:RDF2030106"],  # CRDC RDF2030106 Computer memory systems and storage
    "stra-microelectronics": [
        "FOR:400908",  # Microelectronics
        "FOR:401603",  # Compound semiconductors
        "FOR:401604",  # Elemental semiconductors
        "FOR:401804",  # Nanoelectronics
        "CRDC:RDF2030515",  # Semiconductor devices
        "CRDC:RDF2030602",  # Microelectronic devices
        "CRDC:RDF2030604",  # Mixed-signal integrated circuits
        "CRDC:RDF2030605",  # Very large-scale integrated circuits
        "CRDC:RDF2030607",  # Microelectronics and integrated circuits
        "CRDC:RDF2030616",  # Power semiconductor devices and packaging
        "CRDC:RDF2030617",  # Semiconductor and atomic-scale electronic devices
        "CRDC:RDF2030619",  # Power management integrated circuits
        "CRDC:RDF2030620",  # Analog and mixed-signal VLSI computing
        "CRDC:RDF2030622",  # Electro-optic integrated circuits
        "CRDC:RDF2030623",  # Radio, radar, and mm-wave sensor integrated circuits
        "CRDC:RDF2060103",  # Compound semiconductors
        "CRDC:RDF2060104",  # Elemental semiconductors
        "CRDC:RDF2110104",  # Nanoelectronics
        "HECOS:100168",  # microelectronic engineering
        "HECOS:100553",  # integrated circuit design
    ],
    "stra-next-generation-network-technology": [
        "FOR:400604",  # Network engineering
        "FOR:460609",  # Networking and communications
        # FOR:460603: for the internet of things; no digital-twin code is mapped
        "FOR:460603",  # Cyberphysical systems and internet of things
        "CRDC:RDF1020402",  # Networking and communications
        "CRDC:RDF2030204",  # Internet of Things
        "CRDC:RDF2030205",  # Software-defined network (SDN)
        "CRDC:RDF2030208",  # Network protocols and architectures
        "CRDC:RDF2030215",  # Optical networks
        "HECOS:100365",  # computer networks
    ],
    "stra-advanced-energy-storage-technology": [
        "FOR:400404",  # Electrochemical energy storage and conversion
        "FOR:400804",  # Electrical energy storage
        "CRDC:RDF2030405",  # Energy storage
    ],
    "stra-advanced-nuclear-generation-technology": [
        "FOR:401906",  # Nuclear engineering (incl. fuel enrichment and waste processing and storage)
        "CRDC:RDF2120107",  # Nuclear engineering (including fuel enrichment and nuclear waste processing and storage)
        "HECOS:100172",  # nuclear engineering
    ],
    "stra-augmented-conventional-materials": [
        "FOR:400101",  # Aerospace materials
        "FOR:401602",  # Composite and hybrid materials
        "CRDC:RDF2040102",  # Aerospace materials
        "CRDC:RDF2060102",  # Composite and hybrid materials
        "HECOS:101217",  # composite materials
    ],
    "stra-metamaterials": ["CRDC:RDF2030509"],  # CRDC RDF2030509 Metamaterials and metasurfaces sciences
    "stra-multifunctional-smart-materials": [
        "FOR:401605",  # Functional materials
        "CRDC:RDF1040406",  # Functional materials in materials chemistry sciences
        "CRDC:RDF2060105",  # Functional materials in materials engineering sciences
    ],
    "stra-nanomaterials": [
        "FOR:340303",  # Nanochemistry
        "FOR:401807",  # Nanomaterials
        "CRDC:RDF1040402",  # Nanochemistry
        "CRDC:RDF2060115",  # Nanoparticle synthesis, properties and applications
        "CRDC:RDF2110107",  # Nanomaterials
        "FOS:2.10",  # Nano-technology (the category's best single sub-area)
        "HECOS:101234",  # nanotechnology (the category's best single sub-area)
    ],
    "stra-superconducting-materials": ["CRDC:RDF1030507"],  # CRDC RDF1030507 Superconductivity
    "stra-additive-manufacturing-3d-printing": ["FOR:401401"],  # FOR 401401 Additive manufacturing
    "stra-advanced-semiconductor-manufacturing": [
        "CRDC:RDF2030609",  # Microfabrication techniques in electronics
    ],
    "stra-nano-manufacturing": [
        "FOR:401805",  # Nanofabrication, growth and self assembly
        "FOR:401806",  # Nanomanufacturing
        "CRDC:RDF2110105",  # Nanofabrication, growth and self-assembly
        "CRDC:RDF2110106",  # Nanomanufacturing
    ],
    "stra-advanced-radar-technologies": [
        "CRDC:RDF2030311",  # Radar and sonar signal processing
        "CRDC:RDF2030508",  # Radar theory and applications
    ],
    "stra-imaging-and-optical-devices-and-sensors": [
        "FOR:400909",  # Photonic and electro-optical devices, sensors and systems (excl. communications)
        "FOR:460303",  # Computational imaging
        "CRDC:RDF2030516",  # Optical instrumentation (including sensing and metrology)
    ],
    "stra-micro-nano-electro-mechanical-systems-m-nems": [
        "FOR:401705",  # Microelectromechanical systems (MEMS)
        "FOR:401801",  # Micro- and nanosystems
        "FOR:401803",  # Nanoelectromechanical systems
        "CRDC:RDF2030612",  # Microelectrical mechanical systems and microsystems design
        "CRDC:RDF2049904",  # Microelectromechanical systems (MEMS)
        "CRDC:RDF2110103",  # Nanoelectromechanical systems
    ],
    "stra-position-navigation-and-timing-pnt-technology": [
        "FOR:401303",  # Navigation and position fixing
        "FOR:401305",  # Satellite-based positioning
        "CRDC:RDF2080203",  # Navigation and position fixing
        "HECOS:100230",  # navigation
    ],
    "stra-on-orbit-servicing-assembly-and-manufacturing-systems": [
        "FOR:510901",  # Astrodynamics and space situational awareness
    ],
    "stra-payloads": ["FOR:510906"],  # FOR 510906 Space instrumentation
    "stra-propulsion-technologies": [
        "FOR:400106",  # Hypersonic propulsion and hypersonic aerothermodynamics
        "CRDC:RDF2040107",  # Hypersonic propulsion and hypersonic aerodynamics
        "HECOS:100564",  # aerospace propulsion systems
    ],
    "stra-satellites": [
        "FOR:400107",  # Satellite, space vehicle and missile design and testing
        "FOR:400606",  # Satellite communications
        "CRDC:RDF2040108",  # Satellites, space vehicles and missiles design and testing
        "HECOS:100116",  # space technology
        "HECOS:100118",  # satellite engineering
    ],
    "stra-space-based-positioning-navigation-and-timing-technology": [
        "FOR:401305",  # Satellite-based positioning
    ],
    "stra-zero-emission-fuel-aircraft": [
        "FOR:4001",  # Aerospace engineering (aerospace as a whole)
        "CRDC:RDF20401",  # Aerospace engineering (aerospace as a whole)
        "CAH:CAH10-01-04",  # aeronautical and aerospace engineering (aerospace as a whole)
        "HECOS:100114",  # aeronautical engineering (aerospace as a whole)
        "HECOS:100115",  # aerospace engineering (aerospace as a whole)
    ],
    "stra-ai-chipsets": ["CRDC:RDF2030621"],  # CRDC RDF2030621 Machine learning accelerators
    "stra-computer-vision": [
        "FOR:4603",  # Computer vision and multimedia computation
        "CRDC:RDF1020111",  # Pattern recognition and artificial vision
        "CRDC:RDF1020112",  # Computer vision in artificial intelligence
        "CRDC:RDF2030305",  # Image and video processing and analysis
        "CRDC:RDF2030307",  # Computer vision in data analytics and signal processing
        "HECOS:100968",  # computer vision
    ],
    "stra-data-science-and-big-data-technology": [
        "FOR:460501",  # Data engineering and data science
        "FOR:460502",  # Data mining and knowledge discovery
        "FOR:490505",  # Large and complex data theory
        "FOR:490508",  # Statistical data science
        "CRDC:RDF1020110",  # Data mining
    ],
    "stra-machine-learning-ml": [
        # FOR:4602: AI as a whole; its fields 460208 and 460212 also map to stra-natural-language-processing
        "FOR:4602",  # Artificial intelligence
        "FOR:4611",  # Machine learning
        # CRDC:RDF10201: AI as a whole; some of its subclasses also map to NLP, vision, data science
        "CRDC:RDF10201",  # Artificial intelligence (AI)
        "CRDC:RDF2030111",  # Machine learning systems
        "CRDC:RDF2030302",  # Artificial intelligence engineering
        "CAH:CAH11-01-05",  # artificial intelligence
        "HECOS:100359",  # artificial intelligence
        "HECOS:100966",  # neural computing
        "HECOS:100992",  # machine learning
    ],
    "stra-natural-language-processing": [
        "FOR:460208",  # Natural language processing
        "FOR:460212",  # Speech recognition
        "FOR:470403",  # Computational linguistics
        "CRDC:RDF1020105",  # Natural language processing
        "CRDC:RDF6020202",  # Computational linguistics
        "HECOS:100961",  # natural language processing
    ],
    "stra-brain-computer-interfaces": [
        "FOR:400309",  # Neural engineering
        "CRDC:RDF2020101",  # Brain-computer interface
    ],
    "stra-virtual-augmented-mixed-reality": [
        "FOR:460708",  # Virtual and mixed reality
        "CRDC:RDF1020509",  # Virtual and augmented reality, and related simulations
    ],
    "stra-biomanufacturing": [
        "FOR:3106",  # Industrial biotechnology
        "CRDC:RDF2050111",  # Biochemical engineering
        "CRDC:RDF210",  # Industrial biotechnology
        "FOS:2.9",  # Industrial biotechnology
        "HECOS:100135",  # bioprocessing
        "HECOS:100137",  # industrial biotechnology
        "HECOS:100141",  # biochemical engineering
    ],
    "stra-genomic-sequencing-and-genetic-engineering": [
        "FOR:300103",  # Agricultural molecular engineering of nucleic acids and proteins
        "FOR:300104",  # Genetically modified animals
        "FOR:300105",  # Genetically modified field crops and pasture
        "FOR:300106",  # Genetically modified horticulture plants
        "FOR:300107",  # Genetically modified trees
        "FOR:300110",  # Transgenesis
        "FOR:310204",  # Genomics and transcriptomics
        "FOR:310509",  # Genomics
        "FOR:320603",  # Medical molecular engineering of nucleic acids and proteins
        "CRDC:RDF1060609",  # Genomics
        "CRDC:RDF1060616",  # Genetics engineering
        "CRDC:RDF2090106",  # Environmental molecular engineering of nucleic acids and proteins
        "CRDC:RDF3040103",  # Medical molecular engineering of nucleic acids and proteins
        "CRDC:RDF4040103",  # Genetically modified field crops and pastures
        "CRDC:RDF4040104",  # Genetically modified horticulture plants
        "CRDC:RDF4040105",  # Genetically modified trees
        "CRDC:RDF4040106",  # Genetically modified animals
        "CRDC:RDF4040113",  # Transgenesis
        "HECOS:100901",  # genomics
        "HECOS:101378",  # genetic engineering
    ],
    "stra-proteomics": [
        "FOR:310109",  # Proteomics and intermolecular interactions (excl. medical proteomics)
        "FOR:310205",  # Proteomics and metabolomics
        "CRDC:RDF1060103",  # Proteomics
    ],
    "stra-synthetic-biology": [
        "FOR:310113",  # Synthetic biology
        "CRDC:RDF1060111",  # Synthetic biology
    ],
    "stra-gene-therapy": [
        "FOR:320601",  # Gene and molecular therapy
        "CRDC:RDF3040101",  # Gene and molecular therapy
    ],
    "stra-nanomedicine": ["FOR:320604", "CRDC:RDF2110108"],  # FOR 320604 Nanomedicine; CRDC RDF2110108 Nanomedicine
    "stra-tissue-engineering-and-regenerative-medicine": [
        "FOR:320606",  # Regenerative medicine (incl. stem cells)
        "FOR:400301",  # Biofabrication
        "FOR:400311",  # Tissue engineering
        "CRDC:RDF2070106",  # Artificial tissues engineering
        "CRDC:RDF3040104",  # Regenerative medicine (including stem cells and tissue engineering)
        "HECOS:100572",  # tissue engineering and regenerative medicine
    ],
    "stra-quantum-communications": ["CRDC:RDF2030518"],  # CRDC RDF2030518 Quantum photonics
    "stra-quantum-computing": [
        "FOR:400912",  # Quantum engineering systems (incl. computing and communications)
        "FOR:461307",  # Quantum computation
        "FOR:510803",  # Quantum information, computation and communication
        "FOR:510805",  # Quantum technologies (the category's best single sub-area)
        "CRDC:RDF1020404",  # Quantum computing
        "CRDC:RDF1030604",  # Quantum information, computation and communication
        "CRDC:RDF1030606",  # Quantum technologies (the category's best single sub-area)
        "CRDC:RDF2030618",  # Semiconductor and superconducting qubits
        "CRDC:RDF2030624",  # Cryogenic control electronics for quantum processors
    ],
    "stra-semi-autonomous-uncrewed-aerial-ground-marine-vehicles": [
        "FOR:400703",  # Autonomous vehicle systems
        "CRDC:RDF2010307",  # Transportation systems infrastructure engineering for autonomous vehicles
        "CRDC:RDF2040206",  # Autonomous vehicles (except systems infrastructures)
    ],
    "stra-service-robots": [
        "FOR:400701",  # Assistive robots and technology
        "FOR:400706",  # Field robotics (robotics as a whole)
        "FOR:400707",  # Manufacturing robotics (robotics as a whole)
        "FOR:400709",  # Medical robotics
        "FOR:460205",  # Intelligent robotics (robotics as a whole)
        "FOR:460810",  # Social robotics
        "CRDC:RDF1020102",  # Intelligent robotics (robotics as a whole)
        "CRDC:RDF2030706",  # Motion control of robots (robotics as a whole)
        "CRDC:RDF2070108",  # Biomedical robotics
    ],
    # uk-china-sti-2025 (areas/uk_china_sti.csv)
    "ukcn-in-climate": [
        "FOR:3103",  # Ecology
        "FOR:310406",  # Evolutionary impacts of climate change
        "FOR:319902",  # Global change biology
        "FOR:3701",  # Atmospheric sciences
        "FOR:3702",  # Climate change science
        "FOR:3707",  # Hydrology
        "FOR:3708",  # Oceanography
        "FOR:3709",  # Physical geography and environmental geoscience
        "FOR:379901",  # Earth system sciences
        "FOR:4011",  # Environmental engineering
        "FOR:41",  # ENVIRONMENTAL SCIENCES
        "CRDC:RDF10501",  # Atmospheric sciences
        "CRDC:RDF10505",  # Oceanography
        "CRDC:RDF10506",  # Environmental geoscience
        "CRDC:RDF10507",  # Hydrology
        "CRDC:RDF10508",  # Cryosphere processes
        "CRDC:RDF10510",  # Natural environment sciences
        "CRDC:RDF10511",  # Soil sciences
        "CRDC:RDF1059901",  # Earth system sciences
        "CRDC:RDF10603",  # Ecology (except applications)
        "CRDC:RDF10604",  # Ecological applications
        "CRDC:RDF1060506",  # Evolutionary impacts of climate change
        "CRDC:RDF20801",  # Environmental engineering
        "CRDC:RDF209",  # Environmental biotechnology
        "FOS:1.5",  # Earth and related environmental sciences
        "FOS:2.7",  # Environmental engineering
        "FOS:2.8",  # Environmental biotechnology
        "CAH:CAH03-01-03",  # ecology and environmental biology
        "CAH:CAH26-01-02",  # physical geographical sciences
        "CAH:CAH26-01-04",  # environmental sciences
        "HECOS:100136",  # environmental biotechnology
        "HECOS:100180",  # environmental engineering
        "HECOS:100347",  # ecology
        "HECOS:100348",  # environmental biology
        "HECOS:100379",  # climate science
        "HECOS:100380",  # environmental geoscience
        "HECOS:100381",  # environmental sciences
        "HECOS:100382",  # meteorology
        "HECOS:100408",  # environmental geography
        "HECOS:100410",  # physical geography
        "HECOS:100418",  # marine sciences
        "HECOS:100421",  # ocean sciences
        "HECOS:100469",  # environmental management
        "HECOS:100864",  # ecosystem ecology and land use
        "HECOS:101067",  # soil science
        "HECOS:101068",  # atmospheric physics
        "HECOS:101070",  # climate change
        "HECOS:101072",  # pollution control
        "HECOS:101078",  # applied environmental sciences
        "HECOS:101079",  # hydrology
        "HECOS:101318",  # biodiversity conservation
        "HECOS:101351",  # atmosphere-ocean interactions
        "HECOS:101394",  # glaciology and cryospheric systems
        "HECOS:101457",  # community ecology
        "HECOS:101458",  # population ecology
        "HECOS:101459",  # ecotoxicology
    ],
    "ukcn-in-planetary": [
        "FOR:370507",  # Planetary geology
        "FOR:5101",  # Astronomical sciences
        "FOR:510902",  # Heliophysics and space weather
        "FOR:510903",  # Mesospheric, thermospheric, ionospheric and magnetospheric physics
        "FOR:510904",  # Solar system energetic particles
        "FOR:510905",  # Solar system planetary science (excl. planetary geology)
        "CRDC:RDF10301",  # Astronomical and space sciences
        "CRDC:RDF1050302",  # Planetary geology
        "CAH:CAH07-01-02",  # astronomy
        "HECOS:100414",  # astronomy
        "HECOS:100415",  # astrophysics
        "HECOS:101102",  # space science
        "HECOS:101103",  # planetary science
    ],
    "ukcn-in-health": [
        "FOR:32",  # BIOMEDICAL AND CLINICAL SCIENCES
        "FOR:42",  # HEALTH SCIENCES
        "FOR:510502",  # Medical physics
        "FOR:5203",  # Clinical and health psychology
        "CRDC:RDF30",  # Medical, health and life sciences
        "FOS:3",  # Medical and health sciences
        "CAH:CAH01",  # medicine and dentistry
        "CAH:CAH02",  # subjects allied to medicine
        "CAH:CAH04-01-04",  # psychology and health
        "CAH:CAH15-04-03",  # health studies
        "HECOS:100036",  # optometry
        "HECOS:100037",  # orthoptics
        "HECOS:100038",  # pathobiology
        "HECOS:100129",  # diagnostic imaging
        "HECOS:100131",  # radiology
        "HECOS:100132",  # therapeutic imaging
        "HECOS:100138",  # medical biotechnology
        "HECOS:100233",  # acupuncture
        "HECOS:100234",  # alternative medicines and therapies
        "HECOS:100235",  # aromatherapy
        "HECOS:100236",  # Chinese medical techniques
        "HECOS:100237",  # herbal medicine
        "HECOS:100239",  # reflexology
        "HECOS:100241",  # chiropractic
        "HECOS:100242",  # complementary medicines and therapies
        "HECOS:100243",  # osteopathy
        "HECOS:100246",  # health sciences
        "HECOS:100247",  # nutrition
        "HECOS:100248",  # occupational health
        "HECOS:100249",  # occupational therapy
        "HECOS:100250",  # pharmacology
        "HECOS:100251",  # pharmacy
        "HECOS:100252",  # physiotherapy
        "HECOS:100253",  # podiatry
        "HECOS:100254",  # psychotherapy
        "HECOS:100255",  # speech and language therapy
        "HECOS:100257",  # audiology
        "HECOS:100258",  # clinical physiology
        "HECOS:100260",  # healthcare science
        "HECOS:100261",  # ophthalmology
        "HECOS:100262",  # physiology
        "HECOS:100264",  # anatomy
        "HECOS:100265",  # biomedical sciences
        "HECOS:100266",  # clinical dentistry
        "HECOS:100267",  # clinical medicine
        "HECOS:100268",  # dentistry
        "HECOS:100270",  # medical sciences
        "HECOS:100271",  # medicine
        "HECOS:100272",  # neuroscience
        "HECOS:100273",  # operating department practice
        "HECOS:100274",  # pathology
        "HECOS:100275",  # pre-clinical dentistry
        "HECOS:100276",  # pre-clinical medicine
        "HECOS:100277",  # toxicology
        "HECOS:100279",  # adult nursing
        "HECOS:100280",  # children's nursing
        "HECOS:100281",  # community nursing
        "HECOS:100282",  # critical care nursing
        "HECOS:100283",  # dental nursing
        "HECOS:100284",  # emergency nursing
        "HECOS:100285",  # general practice nursing
        "HECOS:100286",  # learning disabilities nursing
        "HECOS:100287",  # mental health nursing
        "HECOS:100288",  # midwifery
        "HECOS:100289",  # neonatal nursing
        "HECOS:100290",  # nursing
        "HECOS:100291",  # older people nursing
        "HECOS:100292",  # palliative care nursing
        "HECOS:100293",  # school nursing
        "HECOS:100294",  # theatre nursing
        "HECOS:100295",  # health visiting
        "HECOS:100352",  # medical biochemistry
        "HECOS:100419",  # medical physics
        "HECOS:100473",  # health studies
        "HECOS:100476",  # health and social care
        "HECOS:100494",  # clinical psychology
        "HECOS:100495",  # counselling
        "HECOS:100540",  # cellular pathology
        "HECOS:100653",  # health and welfare
        "HECOS:100744",  # dietetics
        "HECOS:100746",  # clinical practice nursing
        "HECOS:100747",  # medical nursing
        "HECOS:100748",  # cardiology
        "HECOS:100749",  # paramedic science
        "HECOS:100750",  # physician associate studies
        "HECOS:100899",  # medical genetics
        "HECOS:100907",  # medical microbiology
        "HECOS:100912",  # blood sciences
        "HECOS:100985",  # health psychology
        "HECOS:100994",  # health informatics
        "HECOS:101031",  # medical statistics
        "HECOS:101241",  # music therapy
        "HECOS:101289",  # rehabilitation studies
        "HECOS:101290",  # neurological rehabilitation
        "HECOS:101291",  # cardiovascular rehabilitation
        "HECOS:101309",  # obstetrics and gynaecology
        "HECOS:101317",  # environmental and public health
        "HECOS:101320",  # art psychotherapy
        "HECOS:101324",  # orthopaedics
        "HECOS:101325",  # paediatrics
        "HECOS:101327",  # oncology
        "HECOS:101329",  # dementia studies
        "HECOS:101330",  # ultrasound
        "HECOS:101331",  # gastroenterology
        "HECOS:101332",  # drug and alcohol studies
        "HECOS:101333",  # epilepsy care
        "HECOS:101334",  # allergy
        "HECOS:101335",  # epidemiology
        "HECOS:101336",  # anaesthesia
        "HECOS:101337",  # endocrinology
        "HECOS:101338",  # diabetes
        "HECOS:101339",  # dermatology
        "HECOS:101340",  # hypnotherapy
        "HECOS:101382",  # affective neuroscience
        "HECOS:101464",  # psychopharmacology
        "HECOS:101511",  # ophthalmic dispensing
    ],
    "ukcn-in-agri": [
        "FOR:30",  # AGRICULTURAL, VETERINARY AND FOOD SCIENCES
        "FOR:409901",  # Agricultural engineering
        "CRDC:RDF20204",  # Biosystems and agricultural engineering
        "CRDC:RDF40",  # Agricultural and veterinary sciences
        "FOS:4",  # Agricultural and veterinary sciences
        "CAH:CAH05",  # veterinary sciences
        "CAH:CAH06",  # agriculture, food and related studies
        "HECOS:100516",  # agricultural sciences
        "HECOS:100517",  # agriculture
        "HECOS:100518",  # animal management
        "HECOS:100519",  # equine studies
        "HECOS:100520",  # forestry and arboriculture
        "HECOS:100522",  # animal behaviour
        "HECOS:100523",  # animal science
        "HECOS:100526",  # food and beverage production
        "HECOS:100527",  # food science
        "HECOS:100529",  # horticulture
        "HECOS:100531",  # veterinary medicine
        "HECOS:100532",  # veterinary nursing
        "HECOS:100884",  # pest management
        "HECOS:100908",  # veterinary microbiology
        "HECOS:100936",  # animal health
        "HECOS:100938",  # veterinary pathology
        "HECOS:100939",  # veterinary pharmacology
        "HECOS:100940",  # animal nutrition
        "HECOS:100941",  # veterinary pharmacy
        "HECOS:100942",  # veterinary public health
        "HECOS:100945",  # crop protection
        "HECOS:100946",  # crop nutrition
        "HECOS:100947",  # crop production
        "HECOS:100974",  # livestock
        "HECOS:100976",  # aquaculture
        "HECOS:100978",  # farm management
        "HECOS:100998",  # sustainable agriculture and landscape development
        "HECOS:101001",  # international agriculture
        "HECOS:101004",  # organic farming
        "HECOS:101006",  # agricultural technology
        "HECOS:101010",  # agricultural machinery
        "HECOS:101014",  # community forestry
        "HECOS:101017",  # food and beverage studies
        "HECOS:101018",  # food safety
        "HECOS:101021",  # baking technology management
        "HECOS:101022",  # brewing
        "HECOS:101024",  # agricultural chemistry
        "HECOS:101025",  # agricultural botany
        "HECOS:101220",  # veterinary epidemiology
        "HECOS:101347",  # veterinary dentistry
        "HECOS:101348",  # exotic plants and crops
        "HECOS:101384",  # pre-clinical veterinary medicine
        "HECOS:101385",  # agricultural irrigation and drainage
        "HECOS:101387",  # meat science
        "HECOS:101388",  # cereal science
        "HECOS:101407",  # agricultural geography
        "HECOS:101461",  # veterinary biochemistry
    ],
    "ukcn-dropped-satellites": [
        "FOR:400107",  # Satellite, space vehicle and missile design and testing
        "FOR:400606",  # Satellite communications
        "FOR:401305",  # Satellite-based positioning
        "FOR:510901",  # Astrodynamics and space situational awareness
        "FOR:510906",  # Space instrumentation
        "CRDC:RDF2040108",  # Satellites, space vehicles and missiles design and testing
        "HECOS:100116",  # space technology
        "HECOS:100118",  # satellite engineering
    ],
    "ukcn-dropped-remote-sensing": [
        "FOR:401304",  # Photogrammetry and remote sensing
        "CRDC:RDF1050902",  # Remote sensing applications (except remote sensing in geomatics and photogrammetry)
        "CRDC:RDF2030312",  # Remote sensing of signal processing
        "CRDC:RDF2080204",  # Remote sensing in geomatics and photogrammetry
        "HECOS:101056",  # remote sensing
    ],
    "ukcn-dropped-robotics": [
        "FOR:400701",  # Assistive robots and technology
        "FOR:400703",  # Autonomous vehicle systems
        "FOR:400706",  # Field robotics
        "FOR:400707",  # Manufacturing robotics
        "FOR:400709",  # Medical robotics
        "FOR:460205",  # Intelligent robotics
        "FOR:460810",  # Social robotics
        "CRDC:RDF1020102",  # Intelligent robotics
        "CRDC:RDF2030706",  # Motion control of robots
        "CRDC:RDF2040206",  # Autonomous vehicles (except systems infrastructures)
        "CRDC:RDF2070108",  # Biomedical robotics
    ],
    # uk-trusted-research: NSI Act 17 areas (areas/nsi17.csv) and ATAS subject areas (areas/atas.csv)
    "nsi-01": [
        "FOR:340303",  # Nanochemistry
        "FOR:401602",  # Composite and hybrid materials
        "FOR:401807",  # Nanomaterials
        "CRDC:RDF1040402",  # Nanochemistry
        "CRDC:RDF2030509",  # Metamaterials and metasurfaces sciences
        "CRDC:RDF2060102",  # Composite and hybrid materials
        "CRDC:RDF2060115",  # Nanoparticle synthesis, properties and applications
        "CRDC:RDF2110107",  # Nanomaterials
        "FOS:2.10",  # Nano-technology
        "HECOS:101217",  # composite materials
        "HECOS:101234",  # nanotechnology
    ],
    "nsi-02": [
        "FOR:400701",  # Assistive robots and technology
        "FOR:400706",  # Field robotics
        "FOR:400707",  # Manufacturing robotics
        "FOR:400709",  # Medical robotics
        "FOR:460205",  # Intelligent robotics
        "FOR:460810",  # Social robotics
        "CRDC:RDF1020102",  # Intelligent robotics
        "CRDC:RDF2030706",  # Motion control of robots
        "CRDC:RDF2070108",  # Biomedical robotics
    ],
    "nsi-03": [
        "FOR:4602",  # Artificial intelligence
        "FOR:4603",  # Computer vision and multimedia computation
        "FOR:4611",  # Machine learning
        "CRDC:RDF10201",  # Artificial intelligence (AI)
        "CRDC:RDF2030111",  # Machine learning systems
        "CRDC:RDF2030302",  # Artificial intelligence engineering
        "CRDC:RDF2030307",  # Computer vision in data analytics and signal processing
        "CAH:CAH11-01-05",  # artificial intelligence
        "HECOS:100359",  # artificial intelligence
        "HECOS:100961",  # natural language processing
        "HECOS:100966",  # neural computing
        "HECOS:100968",  # computer vision
        "HECOS:100992",  # machine learning
    ],
    "nsi-04": [
        "FOR:401906",  # Nuclear engineering (incl. fuel enrichment and waste processing and storage)
        "CRDC:RDF2120107",  # Nuclear engineering (including fuel enrichment and nuclear waste processing and storage)
        "HECOS:100172",  # nuclear engineering
    ],
    "nsi-05": [
        "FOR:400601",  # Antennas and propagation
        "FOR:400602",  # Data communications
        "FOR:400604",  # Network engineering
        "FOR:400605",  # Optical fibre communication systems and technologies
        "FOR:400606",  # Satellite communications
        "FOR:400608",  # Wireless communication systems and technologies (incl. microwave and millimetrewave)
        "FOR:460609",  # Networking and communications
        "CRDC:RDF1020402",  # Networking and communications
        "CRDC:RDF2030201",  # Wireless communication systems
        "CRDC:RDF2030203",  # Digital communications
        "CRDC:RDF2030205",  # Software-defined network (SDN)
        "CRDC:RDF2030208",  # Network protocols and architectures
        "CRDC:RDF2030210",  # Spectrum sharing and management
        "CRDC:RDF2030214",  # Fibre-optic communications technologies
        "CRDC:RDF2030215",  # Optical networks
        "CRDC:RDF2030507",  # Antennas and propagation
        "CRDC:RDF2030519",  # Optical and data communications
        "HECOS:100159",  # telecommunications engineering
        "HECOS:100365",  # computer networks
    ],
    "nsi-06": [
        "FOR:400903",  # Digital processor architectures
        "FOR:400908",  # Microelectronics
        "CRDC:RDF2030105",  # Computer architecture
        "CRDC:RDF2030106",  # Computer memory systems and storage
        "CRDC:RDF2030107",  # Digital hardware and technologies
        "CRDC:RDF2030108",  # Computer configurable hardware
        "CRDC:RDF2030602",  # Microelectronic devices
        "CRDC:RDF2030604",  # Mixed-signal integrated circuits
        "CRDC:RDF2030605",  # Very large-scale integrated circuits
        "CRDC:RDF2030607",  # Microelectronics and integrated circuits
        "CRDC:RDF2030620",  # Analog and mixed-signal VLSI computing
        "CRDC:RDF2030621",  # Machine learning accelerators
        "CRDC:RDF2030622",  # Electro-optic integrated circuits
        "HECOS:100168",  # microelectronic engineering
        "HECOS:100553",  # integrated circuit design
        "HECOS:100734",  # computer architectures
    ],
    "nsi-08": ["FOR:460401", "CRDC:RDF1020209"],  # FOR 460401 Cryptography; CRDC RDF1020209 Encryption and cryptography
    "nsi-09": ["FOR:460601", "CRDC:RDF2030206"],  # FOR 460601 Cloud computing; CRDC RDF2030206 Cloud computing systems
    "nsi-10": ["FOR:440804"],  # FOR 440804 Defence studies (research on defence itself, in political science)
    "nsi-11": [
        "FOR:400404",  # Electrochemical energy storage and conversion
        "FOR:400803",  # Electrical energy generation (incl. renewables, excl. photovoltaics)
        "FOR:400804",  # Electrical energy storage
        "FOR:400805",  # Electrical energy transmission, networks and systems
        "FOR:400808",  # Photovoltaic power systems
        "FOR:401907",  # Petroleum and reservoir engineering
        "CRDC:RDF2030403",  # Renewable energy systems (except smart systems engineering)
        "CRDC:RDF2030405",  # Energy storage
        "CRDC:RDF2030406",  # Smart power grids
        "CRDC:RDF2030407",  # Power system operation
        "CRDC:RDF2030408",  # Power system protection
        "CRDC:RDF2030410",  # High-Voltage DC (HVDC) systems
        "CRDC:RDF2030411",  # Power distribution systems
        "CRDC:RDF2050110",  # Petroleum and reservoir engineering
        "HECOS:100175",  # energy engineering
        "HECOS:100176",  # gas engineering
        "HECOS:100178",  # petroleum engineering
        "HECOS:100581",  # electrical power
        "HECOS:101353",  # electrical power generation
        "HECOS:101354",  # electrical power distribution
    ],
    "nsi-13": [
        "FOR:400912",  # Quantum engineering systems (incl. computing and communications)
        "FOR:461307",  # Quantum computation
        "FOR:510803",  # Quantum information, computation and communication
        "FOR:510805",  # Quantum technologies
        "CRDC:RDF1020404",  # Quantum computing
        "CRDC:RDF1030604",  # Quantum information, computation and communication
        "CRDC:RDF1030606",  # Quantum technologies
        "CRDC:RDF2030518",  # Quantum photonics
        "CRDC:RDF2030618",  # Semiconductor and superconducting qubits
        "CRDC:RDF2030624",  # Cryogenic control electronics for quantum processors
    ],
    "nsi-14": [
        "FOR:400107",  # Satellite, space vehicle and missile design and testing
        "FOR:400606",  # Satellite communications
        "FOR:401305",  # Satellite-based positioning
        "FOR:510901",  # Astrodynamics and space situational awareness
        "FOR:510906",  # Space instrumentation
        "CRDC:RDF2040108",  # Satellites, space vehicles and missiles design and testing
        "HECOS:100116",  # space technology
        "HECOS:100118",  # satellite engineering
    ],
    "nsi-16": [
        "FOR:310113",  # Synthetic biology
        "CRDC:RDF1060111",  # Synthetic biology
        "CRDC:RDF1060616",  # Genetics engineering
        "HECOS:101378",  # genetic engineering
    ],
    "nsi-17": [
        "CRDC:RDF2010302",  # Railway and airport engineering
        "HECOS:100157",  # railway engineering
    ],
    "atas-medicine": [
        "FOR:32",  # BIOMEDICAL AND CLINICAL SCIENCES
        "CRDC:RDF301",  # Basic medicine and life sciences
        "CRDC:RDF302",  # Clinical medicine
        "CRDC:RDF304",  # Medical biotechnology
        "CRDC:RDF305",  # Other medical sciences
        "FOS:3.1",  # Basic medicine
        "FOS:3.2",  # Clinical medicine
        "FOS:3.4",  # Medical biotechnology
        "FOS:3.5",  # Other medical science
        "CAH:CAH01-01-01",  # medical sciences (non-specific)
        "CAH:CAH01-01-02",  # medicine (non-specific)
        "CAH:CAH01-01-03",  # medicine by specialism
        "CAH:CAH02-02-01",  # pharmacology
        "CAH:CAH02-05",  # medical sciences
        "HECOS:100038",  # pathobiology
        "HECOS:100129",  # diagnostic imaging
        "HECOS:100131",  # radiology
        "HECOS:100132",  # therapeutic imaging
        "HECOS:100250",  # pharmacology
        "HECOS:100257",  # audiology
        "HECOS:100258",  # clinical physiology
        "HECOS:100260",  # healthcare science
        "HECOS:100261",  # ophthalmology
        "HECOS:100262",  # physiology
        "HECOS:100264",  # anatomy
        "HECOS:100265",  # biomedical sciences
        "HECOS:100267",  # clinical medicine
        "HECOS:100270",  # medical sciences
        "HECOS:100271",  # medicine
        "HECOS:100272",  # neuroscience
        "HECOS:100274",  # pathology
        "HECOS:100276",  # pre-clinical medicine
        "HECOS:100540",  # cellular pathology
        "HECOS:100748",  # cardiology
        "HECOS:100912",  # blood sciences
        "HECOS:101309",  # obstetrics and gynaecology
        "HECOS:101324",  # orthopaedics
        "HECOS:101325",  # paediatrics
        "HECOS:101327",  # oncology
        "HECOS:101330",  # ultrasound
        "HECOS:101331",  # gastroenterology
        "HECOS:101334",  # allergy
        "HECOS:101336",  # anaesthesia
        "HECOS:101337",  # endocrinology
        "HECOS:101338",  # diabetes
        "HECOS:101339",  # dermatology
        "HECOS:101382",  # affective neuroscience
    ],
    "atas-biological-sciences": [
        "FOR:31",  # BIOLOGICAL SCIENCES
        "CRDC:RDF106",  # Biological sciences
        "FOS:1.6",  # Biological sciences
        "CAH:CAH03-01",  # biosciences
        "HECOS:100259",  # genetics
        "HECOS:100343",  # applied biology
        "HECOS:100344",  # biochemistry
        "HECOS:100345",  # biological sciences
        "HECOS:100346",  # biology
        "HECOS:100347",  # ecology
        "HECOS:100348",  # environmental biology
        "HECOS:100350",  # human biology
        "HECOS:100351",  # marine biology
        "HECOS:100352",  # medical biochemistry
        "HECOS:100353",  # microbiology
        "HECOS:100354",  # molecular biology
        "HECOS:100355",  # plant sciences
        "HECOS:100356",  # zoology
        "HECOS:100822",  # cell biology
        "HECOS:100826",  # parasitology
        "HECOS:100829",  # behavioural biology
        "HECOS:100834",  # developmental biology
        "HECOS:100847",  # reproductive biology
        "HECOS:100848",  # aquatic biology
        "HECOS:100849",  # freshwater biology
        "HECOS:100850",  # population biology
        "HECOS:100858",  # evolution
        "HECOS:100864",  # ecosystem ecology and land use
        "HECOS:100865",  # biometry
        "HECOS:100872",  # mycology
        "HECOS:100873",  # plant cell science
        "HECOS:100874",  # plant pathology
        "HECOS:100880",  # applied zoology
        "HECOS:100881",  # cell zoology
        "HECOS:100882",  # entomology
        "HECOS:100883",  # marine zoology
        "HECOS:100898",  # human genetics
        "HECOS:100899",  # medical genetics
        "HECOS:100900",  # molecular genetics
        "HECOS:100901",  # genomics
        "HECOS:100902",  # population genetics
        "HECOS:100906",  # applied microbiology
        "HECOS:100907",  # medical microbiology
        "HECOS:100909",  # bacteriology
        "HECOS:100910",  # virology
        "HECOS:100911",  # immunology
        "HECOS:100932",  # plant biochemistry
        "HECOS:100937",  # animal physiology
        "HECOS:100948",  # biomolecular science
        "HECOS:100949",  # biophysical science
        "HECOS:101318",  # biodiversity conservation
        "HECOS:101376",  # applied botany
        "HECOS:101377",  # transcriptomics
        "HECOS:101378",  # genetic engineering
        "HECOS:101380",  # metabolic biochemistry
        "HECOS:101457",  # community ecology
        "HECOS:101458",  # population ecology
        "HECOS:101459",  # ecotoxicology
        "HECOS:101460",  # plant physiology
    ],
    "atas-veterinary-agriculture": [
        "FOR:30",  # AGRICULTURAL, VETERINARY AND FOOD SCIENCES
        "CRDC:RDF40",  # Agricultural and veterinary sciences
        "FOS:4",  # Agricultural and veterinary sciences
        "CAH:CAH05",  # veterinary sciences
        "CAH:CAH06",  # agriculture, food and related studies
        "HECOS:100468",  # countryside management
        "HECOS:100516",  # agricultural sciences
        "HECOS:100517",  # agriculture
        "HECOS:100518",  # animal management
        "HECOS:100519",  # equine studies
        "HECOS:100520",  # forestry and arboriculture
        "HECOS:100522",  # animal behaviour
        "HECOS:100523",  # animal science
        "HECOS:100526",  # food and beverage production
        "HECOS:100527",  # food science
        "HECOS:100529",  # horticulture
        "HECOS:100531",  # veterinary medicine
        "HECOS:100532",  # veterinary nursing
        "HECOS:100884",  # pest management
        "HECOS:100908",  # veterinary microbiology
        "HECOS:100936",  # animal health
        "HECOS:100938",  # veterinary pathology
        "HECOS:100939",  # veterinary pharmacology
        "HECOS:100940",  # animal nutrition
        "HECOS:100941",  # veterinary pharmacy
        "HECOS:100942",  # veterinary public health
        "HECOS:100945",  # crop protection
        "HECOS:100946",  # crop nutrition
        "HECOS:100947",  # crop production
        "HECOS:100974",  # livestock
        "HECOS:100976",  # aquaculture
        "HECOS:100977",  # rural estate management
        "HECOS:100978",  # farm management
        "HECOS:100979",  # game keeping management
        "HECOS:100990",  # land management for recreation
        "HECOS:100998",  # sustainable agriculture and landscape development
        "HECOS:101001",  # international agriculture
        "HECOS:101004",  # organic farming
        "HECOS:101006",  # agricultural technology
        "HECOS:101010",  # agricultural machinery
        "HECOS:101014",  # community forestry
        "HECOS:101017",  # food and beverage studies
        "HECOS:101018",  # food safety
        "HECOS:101021",  # baking technology management
        "HECOS:101022",  # brewing
        "HECOS:101024",  # agricultural chemistry
        "HECOS:101025",  # agricultural botany
        "HECOS:101220",  # veterinary epidemiology
        "HECOS:101347",  # veterinary dentistry
        "HECOS:101348",  # exotic plants and crops
        "HECOS:101384",  # pre-clinical veterinary medicine
        "HECOS:101385",  # agricultural irrigation and drainage
        "HECOS:101387",  # meat science
        "HECOS:101388",  # cereal science
        "HECOS:101461",  # veterinary biochemistry
    ],
    "atas-physical-sciences": [
        "FOR:34",  # CHEMICAL SCIENCES
        "FOR:37",  # EARTH SCIENCES
        "FOR:51",  # PHYSICAL SCIENCES
        "CRDC:RDF103",  # Physical sciences
        "CRDC:RDF104",  # Chemical sciences
        "CRDC:RDF105",  # Earth and related environmental sciences
        "FOS:1.3",  # Physical sciences
        "FOS:1.4",  # Chemical sciences
        "FOS:1.5",  # Earth and related environmental sciences
        "CAH:CAH07-01",  # physics and astronomy
        "CAH:CAH07-02",  # chemistry
        "CAH:CAH07-04-01",  # physical sciences (non-specific)
        "CAH:CAH26-01-06",  # earth sciences
        "HECOS:100379",  # climate science
        "HECOS:100380",  # environmental geoscience
        "HECOS:100382",  # meteorology
        "HECOS:100394",  # earth sciences
        "HECOS:100395",  # geology
        "HECOS:100396",  # geophysics
        "HECOS:100398",  # palaeontology
        "HECOS:100413",  # analytical chemistry
        "HECOS:100414",  # astronomy
        "HECOS:100415",  # astrophysics
        "HECOS:100416",  # chemical physics
        "HECOS:100417",  # chemistry
        "HECOS:100418",  # marine sciences
        "HECOS:100419",  # medical physics
        "HECOS:100420",  # medicinal chemistry
        "HECOS:100421",  # ocean sciences
        "HECOS:100422",  # organic chemistry
        "HECOS:100423",  # pharmaceutical chemistry
        "HECOS:100424",  # physical sciences
        "HECOS:100425",  # physics
        "HECOS:100426",  # theoretical physics
        "HECOS:100427",  # acoustics
        "HECOS:100430",  # mechanics
        "HECOS:100431",  # thermodynamics
        "HECOS:100577",  # fluid mechanics
        "HECOS:100579",  # structural mechanics
        "HECOS:100580",  # acoustics and vibration
        "HECOS:101038",  # applied chemistry
        "HECOS:101041",  # industrial chemistry
        "HECOS:101042",  # colour chemistry
        "HECOS:101043",  # inorganic chemistry
        "HECOS:101044",  # crystallography
        "HECOS:101045",  # environmental chemistry
        "HECOS:101046",  # marine chemistry
        "HECOS:101050",  # physical chemistry
        "HECOS:101053",  # polymer chemistry
        "HECOS:101054",  # oil and gas chemistry
        "HECOS:101060",  # applied physics
        "HECOS:101061",  # engineering physics
        "HECOS:101068",  # atmospheric physics
        "HECOS:101071",  # computational physics
        "HECOS:101073",  # hydrography
        "HECOS:101074",  # radiation physics
        "HECOS:101075",  # photonics and optical physics
        "HECOS:101076",  # laser physics
        "HECOS:101077",  # nuclear and particle physics
        "HECOS:101081",  # volcanology
        "HECOS:101082",  # geological hazards
        "HECOS:101083",  # geochemistry
        "HECOS:101084",  # exploration geophysics
        "HECOS:101086",  # geological oceanography
        "HECOS:101089",  # hydrogeology
        "HECOS:101093",  # exploration geology
        "HECOS:101102",  # space science
        "HECOS:101103",  # planetary science
        "HECOS:101104",  # applied geology
        "HECOS:101105",  # petroleum geology
        "HECOS:101106",  # engineering geology
        "HECOS:101223",  # condensed matter physics
        "HECOS:101300",  # quantum theory and applications
        "HECOS:101351",  # atmosphere-ocean interactions
        "HECOS:101389",  # organometallic chemistry
        "HECOS:101390",  # marine physics
        "HECOS:101391",  # electromagnetism
        "HECOS:101396",  # solid mechanics
    ],
    "atas-mathematics-computer-science": [
        "FOR:46",  # INFORMATION AND COMPUTING SCIENCES
        "FOR:49",  # MATHEMATICAL SCIENCES
        "CRDC:RDF101",  # Mathematics and statistics
        "CRDC:RDF102",  # Computer and information sciences
        "FOS:1.1",  # Mathematics
        "FOS:1.2",  # Computer and information sciences
        "CAH:CAH09",  # mathematical sciences
        "CAH:CAH11-01-01",  # computer science
        "CAH:CAH11-01-02",  # information technology
        "CAH:CAH11-01-03",  # information systems
        "CAH:CAH11-01-04",  # software engineering
        "CAH:CAH11-01-05",  # artificial intelligence
        "CAH:CAH11-01-08",  # others in computing
        "HECOS:100358",  # applied computing
        "HECOS:100359",  # artificial intelligence
        "HECOS:100365",  # computer networks
        "HECOS:100366",  # computer science
        "HECOS:100367",  # computing and information technology
        "HECOS:100368",  # creative computing
        "HECOS:100371",  # information systems
        "HECOS:100372",  # information technology
        "HECOS:100373",  # internet technologies
        "HECOS:100374",  # software engineering
        "HECOS:100376",  # computer and information security
        "HECOS:100385",  # computer forensics
        "HECOS:100400",  # applied mathematics
        "HECOS:100401",  # financial mathematics
        "HECOS:100402",  # mathematical modelling
        "HECOS:100403",  # mathematics
        "HECOS:100404",  # operational research
        "HECOS:100405",  # pure mathematics
        "HECOS:100406",  # statistics
        "HECOS:100734",  # computer architectures
        "HECOS:100735",  # operating systems
        "HECOS:100736",  # human-computer interaction
        "HECOS:100737",  # multimedia computing science
        "HECOS:100741",  # high performance computing
        "HECOS:100751",  # information modelling
        "HECOS:100753",  # systems analysis and design
        "HECOS:100754",  # databases
        "HECOS:100755",  # data management
        "HECOS:100756",  # systems auditing
        "HECOS:100757",  # intelligent systems
        "HECOS:100821",  # requirements engineering
        "HECOS:100869",  # bioinformatics
        "HECOS:100956",  # programming
        "HECOS:100960",  # object-oriented programming
        "HECOS:100961",  # natural language processing
        "HECOS:100963",  # knowledge and information systems
        "HECOS:100966",  # neural computing
        "HECOS:100968",  # computer vision
        "HECOS:100989",  # cognitive modelling
        "HECOS:100992",  # machine learning
        "HECOS:100994",  # health informatics
        "HECOS:101027",  # numerical analysis
        "HECOS:101028",  # engineering and industrial mathematics
        "HECOS:101029",  # computational mathematics
        "HECOS:101030",  # applied statistics
        "HECOS:101031",  # medical statistics
        "HECOS:101032",  # probability
        "HECOS:101033",  # stochastic processes
        "HECOS:101034",  # statistical modelling
        "HECOS:101400",  # parallel computing
    ],
    "atas-engineering-technology": [
        "FOR:40",  # ENGINEERING
        # CRDC:RDF20-21: exact code only: the groups RDF201-RDF212 below do not start with it
        "CRDC:RDF20-21",  # Engineering and technology
        "CRDC:RDF201",  # Civil engineering, maritime engineering, transport engineering, and mining engineering
        "CRDC:RDF202",  # Industrial, systems and processes engineering
        "CRDC:RDF203",  # Electrical engineering, computer engineering, and information engineering
        "CRDC:RDF204",  # Mechanical engineering
        "CRDC:RDF205",  # Chemical engineering
        "CRDC:RDF206",  # Materials engineering and resources engineering
        "CRDC:RDF207",  # Medical and biomedical engineering
        "CRDC:RDF208",  # Environmental engineering and related engineering
        "CRDC:RDF209",  # Environmental biotechnology
        "CRDC:RDF210",  # Industrial biotechnology
        "CRDC:RDF211",  # Nano-technology
        "CRDC:RDF212",  # Other engineering and technologies
        "FOS:2",  # Engineering and technology
        "CAH:CAH10",  # engineering and technology
        "HECOS:100005",  # clinical engineering
        "HECOS:100033",  # metallurgy
        "HECOS:100114",  # aeronautical engineering
        "HECOS:100115",  # aerospace engineering
        "HECOS:100116",  # space technology
        "HECOS:100117",  # avionics
        "HECOS:100118",  # satellite engineering
        "HECOS:100120",  # architectural engineering
        "HECOS:100126",  # biomechanics
        "HECOS:100127",  # biomedical engineering
        "HECOS:100128",  # dental technology
        "HECOS:100130",  # prosthetics and orthotics
        "HECOS:100134",  # biotechnology
        "HECOS:100135",  # bioprocessing
        "HECOS:100136",  # environmental biotechnology
        "HECOS:100137",  # industrial biotechnology
        "HECOS:100138",  # medical biotechnology
        "HECOS:100139",  # plant biotechnology
        "HECOS:100141",  # biochemical engineering
        "HECOS:100143",  # chemical engineering
        "HECOS:100144",  # pharmaceutical engineering
        "HECOS:100145",  # polymer science and technology
        "HECOS:100148",  # civil engineering
        "HECOS:100152",  # offshore engineering
        "HECOS:100153",  # structural engineering
        "HECOS:100154",  # transport engineering
        "HECOS:100155",  # minerals technology
        "HECOS:100156",  # highways engineering
        "HECOS:100157",  # railway engineering
        "HECOS:100159",  # telecommunications engineering
        "HECOS:100160",  # computer aided engineering
        "HECOS:100162",  # computer systems engineering
        "HECOS:100163",  # electrical and electronic engineering
        "HECOS:100164",  # electrical engineering
        "HECOS:100165",  # electronic engineering
        "HECOS:100166",  # control systems
        "HECOS:100168",  # microelectronic engineering
        "HECOS:100169",  # optoelectronic engineering
        "HECOS:100170",  # mechatronics and robotics
        "HECOS:100172",  # nuclear engineering
        "HECOS:100175",  # energy engineering
        "HECOS:100176",  # gas engineering
        "HECOS:100177",  # microwave engineering
        "HECOS:100178",  # petroleum engineering
        "HECOS:100180",  # environmental engineering
        "HECOS:100182",  # engineering design
        "HECOS:100183",  # fire safety engineering
        "HECOS:100184",  # general or integrated engineering
        "HECOS:100185",  # safety engineering
        "HECOS:100186",  # emergency and disaster technologies
        "HECOS:100188",  # systems engineering
        "HECOS:100190",  # mechanical engineering
        "HECOS:100192",  # electromechanical engineering
        "HECOS:100193",  # maintenance engineering
        "HECOS:100194",  # marine technology
        "HECOS:100201",  # automotive engineering
        "HECOS:100202",  # manufacturing engineering
        "HECOS:100203",  # materials engineering
        "HECOS:100204",  # mining engineering
        "HECOS:100205",  # motorcycle engineering
        "HECOS:100206",  # motorsport engineering
        "HECOS:100207",  # naval architecture
        "HECOS:100209",  # production and manufacturing engineering
        "HECOS:100211",  # fabrication
        "HECOS:100212",  # minerals processing
        "HECOS:100214",  # textiles technology
        "HECOS:100219",  # surveying
        "HECOS:100222",  # audio technology
        "HECOS:100225",  # materials science
        "HECOS:100229",  # aviation studies
        "HECOS:100230",  # navigation
        "HECOS:100428",  # aerodynamics
        "HECOS:100429",  # dynamics
        "HECOS:100539",  # broadcast engineering
        "HECOS:100544",  # marine engineering
        "HECOS:100545",  # corrosion technology
        "HECOS:100546",  # digital circuit engineering
        "HECOS:100548",  # engineering surveying
        "HECOS:100549",  # environmental impact assessment
        "HECOS:100551",  # geotechnical engineering
        "HECOS:100553",  # integrated circuit design
        "HECOS:100564",  # aerospace propulsion systems
        "HECOS:100565",  # public health engineering
        "HECOS:100566",  # quarrying
        "HECOS:100568",  # ship design
        "HECOS:100572",  # tissue engineering and regenerative medicine
        "HECOS:100573",  # water quality control
        "HECOS:100581",  # electrical power
        "HECOS:101013",  # timber engineering
        "HECOS:101048",  # environmental risk
        "HECOS:101210",  # biomaterials
        "HECOS:101216",  # bioelectronics
        "HECOS:101217",  # composite materials
        "HECOS:101234",  # nanotechnology
        "HECOS:101243",  # bioengineering
        "HECOS:101353",  # electrical power generation
        "HECOS:101354",  # electrical power distribution
        "HECOS:101355",  # cybernetics
        "HECOS:101356",  # paper technology
        "HECOS:101397",  # turbine technology
        "HECOS:101398",  # rail vehicle engineering
        "HECOS:101399",  # analogue circuit engineering
    ],
}
