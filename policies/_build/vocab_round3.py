"""Fifth pass of area vocabulary for ca-strac and uk-china-sti-2025 (issue 8), merged by build_packs.py.

Written after reading the classifier's errors on the first test split (abs-299 to abs-406), once its figures had
been recorded; those rows then joined the tuning rows, and batches 21 on became the test split. As in the fourth
pass, only a field's usual words or a common other sense are added, never a single abstract's phrasing.

``STRA_ROUND3`` and ``UKCN_ROUND3`` add terms and exclusions; ``DROP3`` removes terms that name a neighbour of the
area rather than the area (a Josephson junction is a device, not a superconducting material; a quantum processor
is not microelectronics).
"""

from __future__ import annotations

STRA_ROUND3: dict[str, dict[str, list[str]]] = {
    # Qubits, SQUIDs and superconducting logic are built from superconductors; the research is not the material.
    "Superconducting Materials": {"exclude": ["superconducting qubit", "superconducting qubits",
                                              "superconducting quantum", "superconducting circuit",
                                              "superconducting circuits", "superconducting electronics",
                                              "superconducting logic"]},
    "Microelectronics": {"exclude": ["quantum processor", "quantum processors"]},
    # Marine propulsion is shipping, not the aerospace category's propulsion.
    "Propulsion Technologies": {"exclude": ["marine propulsion", "ship propulsion"]},
    "Biomanufacturing": {"terms": ["biopharmaceutical", "biopharmaceuticals", "biologics manufacturing",
                                   "therapeutic protein production"]},
    "Imaging and Optical Devices and Sensors": {"terms": ["charge-coupled device", "charge-coupled devices",
                                                          "imaging detector", "imaging detectors"]},
    "Micro/Nano Electro-Mechanical Systems (M/NEMS)": {"terms": ["microcantilever", "microcantilevers"]},
}

UKCN_ROUND3: dict[str, dict[str, list[str]]] = {}

DROP3: dict[str, list[str]] = {
    "Superconducting Materials": ["josephson junction"],
}
