#!/usr/bin/env python3
"""Build the demo workbook ``round-2026-autumn.xlsx`` for collabscreen.

The workbook imitates a research-office export of one (fictional) funding round:
four sheets -- Projects, Partners, Funding, People -- with the untidiness real
exports have (a title row above the header, blank rows, proposal numbers stored
as floats, a few dates typed as UK day-first text, organisation names written as
acronyms, full affiliation strings, Chinese script, former names and typos).

Every value is written out below; nothing is random. The saved file is also
made byte-for-byte reproducible: zip entry times and the document's "modified"
stamp are pinned to FIXED_TIME.

Proposal refs on the Partners sheet: Excel itself stores 26001.0 as "26001", so a
float written by openpyxl reads back as an int. Exports from Java-based research
management systems (Apache POI) write whole-number doubles as "26001.0", which
Python readers (openpyxl, pandas) return as float 26001.0. To reproduce that, the
script post-processes the saved sheet XML for the rows that carry float refs.

Usage:
    python build_sample_round.py [output.xlsx]

Needs only openpyxl (>= 3.1).
"""
from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "round-2026-autumn.xlsx"

FIXED_TIME = dt.datetime(2026, 7, 15, 9, 0, 0)

TITLE = "Research Office export \u2014 Autumn 2026 funding round"

PROJECT_HEADERS = [
    "Proposal No.", "Project Title", "Abstract", "Keywords", "Field Codes",
    "Principal Investigator", "School/Department", "Start Date", "End Date",
    "Funder", "Total Requested", "Currency",
]
PARTNER_HEADERS = [
    "Proposal Ref", "Partner Organisation", "Country", "Organisation Type",
    "Role", "In-kind Contribution", "Currency",
]
FUNDING_HEADERS = ["Project Ref", "Sponsor", "Sponsor Country", "Sponsor Type", "Amount", "Currency"]
PEOPLE_HEADERS = ["Project Ref", "Researcher", "Role", "Citizenship", "Other Affiliations", "Talent Programme"]

D = dt.date  # real Excel dates; plain strings stay text cells


def P(name, country, org_type, role, inkind=None, currency=None):
    """One partner row (proposal ref added later)."""
    return (name, country, org_type, role, inkind, currency)


def F(sponsor, country, sponsor_type, amount, currency):
    """One funding row."""
    return (sponsor, country, sponsor_type, amount, currency)


def R(name, role, citizenship, affiliations="", talent=""):
    """One researcher row."""
    return (name, role, citizenship, affiliations, talent)


# ---------------------------------------------------------------------------
# The round. Each project carries its own partners, funding and people so the
# file reads project by project; the sheets are flattened from it below.
# Comments mark the deliberate traps (see README.md and expected_traps.csv).
# ---------------------------------------------------------------------------
PROJECTS = [
    dict(
        id=26001,
        title="Community pharmacist-led blood pressure management for adults over 65",
        abstract=(
            "Uncontrolled hypertension remains common among older adults despite cheap and effective medicines. "
            "This project will test whether structured follow-up by community pharmacists, supported by home blood "
            "pressure monitoring, improves control over twelve months. We will run a cluster-randomised pilot in 24 "
            "pharmacies in Ontario, Quebec and the English Midlands and examine adherence, costs and patient experience."
        ),
        keywords="hypertension; primary care; community pharmacy; older adults; randomised trial",
        fields="",
        pi="Dr Sarah Whitcombe", dept="School of Pharmacy",
        start=D(2026, 10, 1), end=D(2028, 9, 30),
        funder="CIHR", total=412000, currency="CAD",
        partners=[
            P("University of Toronto", "Canada", "university", "Co-investigator institution", 15000, "CAD"),
            P("McGill University", "Canada", "university", "Collaborator"),
            P("Boots UK Ltd", "UK", "industry", "Data provider"),
        ],
        funding=[
            F("Canadian Institutes of Health Research (CIHR)", "Canada", "government", 312000, "CAD"),
            F("National Institute for Health and Care Research (NIHR)", "UK", "government", 58000, "GBP"),
        ],
        people=[
            R("Dr Sarah Whitcombe", "Principal Investigator", "British"),
            R("Dr Priya Raman", "Co-Investigator", "Indian", "University of Toronto (adjunct)"),
        ],
    ),
    dict(
        id=26002,
        title="Soil carbon gains under adaptive multi-paddock grazing",
        abstract=(
            "Grazing systems that move livestock frequently between small paddocks are said to rebuild soil organic "
            "carbon, but field evidence is mixed. We will resample 40 paired farms in England and the Netherlands "
            "where soil cores were first taken a decade ago, and use a process model to separate management effects "
            "from weather and soil texture. Results will inform the design of agri-environment payments."
        ),
        keywords="soil organic carbon; grassland; livestock; regenerative agriculture; agri-environment policy",
        fields="FOR:3004; FOR:4106",
        pi="Prof. Gareth Llewellyn", dept="School of Agriculture, Policy and Development",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="UKRI / BBSRC", total=685000, currency="GBP",
        partners=[
            P("Rothamsted Research", "UK", "research institute", "Co-investigator institution", 40000, "GBP"),
            P("Wageningen University & Research", "Netherlands", "university", "Collaborator", 25000, "EUR"),
            P("Natural England", "United Kingdom", "government", "Data provider"),
        ],
        funding=[F("UKRI - Biotechnology and Biological Sciences Research Council (BBSRC)", "UK", "government", 685000, "GBP")],
        people=[
            R("Prof. Gareth Llewellyn", "Principal Investigator", "British"),
            R("Dr Marieke van den Berg", "Co-Investigator", "Dutch", "Wageningen University & Research"),
        ],
    ),
    dict(
        id=26003,
        title="Exile in ink: the correspondence networks of Huguenot refugees, 1685\u20131730",
        abstract=(
            "After the revocation of the Edict of Nantes, thousands of Protestant families left France for England, "
            "the Dutch Republic and North America. This project will transcribe and map around 3,000 letters held in "
            "London, Amsterdam and Qu\u00e9bec to reconstruct how refugee households kept credit, faith and kinship alive "
            "across borders. A searchable digital edition will be released under an open licence."
        ),
        keywords="early modern history; migration; correspondence; digital humanities; Huguenots",
        fields="CAH20-01",
        pi="Dr H\u00e9l\u00e8ne Marchetti", dept="Department of History",
        start=D(2026, 9, 1), end=D(2028, 8, 31),
        funder="AHRC", total=298500, currency="GBP",
        partners=[
            P("Universit\u00e9 de Montr\u00e9al", "Canada", "university", "Collaborator"),
            P("University of Oxford", "UK", "university", "Co-investigator institution"),
            P("Biblioth\u00e8que et Archives nationales du Qu\u00e9bec", "Canada", "government", "Data provider"),
        ],
        funding=[F("UKRI - Arts and Humanities Research Council (AHRC)", "UK", "government", 298500, "GBP")],
        people=[
            R("Dr H\u00e9l\u00e8ne Marchetti", "Principal Investigator", "French"),
            R("Dr Thomas Aldridge", "Co-Investigator", "British", "University of Oxford; The Huguenot Library (honorary)"),
        ],
    ),
    dict(
        id=26004,
        title="Early warning of antimicrobial resistance from hospital wastewater",
        abstract=(
            "Hospital effluent is a concentrated source of antibiotic-resistant bacteria and resistance genes. We will "
            "sample wastewater weekly at six hospitals in three countries and combine metagenomic sequencing with "
            "selective culture to track carbapenemase genes over two years. The aim is an early-warning indicator that "
            "infection-control teams can act on before resistant strains appear in clinical samples."
        ),
        keywords="antimicrobial resistance; wastewater surveillance; metagenomics; infection control; carbapenemase",
        fields="",
        pi="Prof. Anjali Mehta", dept="School of Medicine",
        start=D(2026, 11, 1), end=D(2029, 10, 31),
        funder="Wellcome Trust", total=1150000, currency="GBP",
        partners=[
            P("Karolinska Institutet", "Sweden", "university", "Co-investigator institution"),
            # TRAP: Institut Pasteur (Paris) vs the Canadian NRO alias "Institute Pasteur" of Pasteur Institute of Iran.
            P("Institut Pasteur, Paris", "France", "research institute", "Collaborator", 30000, "EUR"),
            P("UK Health Security Agency", "UK", "government", "Data provider"),
        ],
        funding=[F("Wellcome Trust", "UK", "charity", 1150000, "GBP")],
        people=[
            R("Prof. Anjali Mehta", "Principal Investigator", "British"),
            R("Dr Lars Eriksson", "Co-Investigator", "Swedish", "Karolinska Institutet"),
            R("Dr Camille Fournier", "Researcher", "French", "Institut Pasteur"),
        ],
    ),
    dict(
        id=26005,
        title="Methane and carbon dioxide exchange in rewetted upland peatlands",
        abstract=(
            "Rewetting drained peat is central to national net-zero plans, yet methane emissions can rise sharply in "
            "the first years after water tables are raised. Using eddy-covariance towers at four restored sites in "
            "Wales, Scotland and Finland, we will measure the net greenhouse gas balance over three years and relate "
            "it to vegetation recovery. Findings will feed into peatland carbon accounting."
        ),
        keywords="peatland; methane; rewetting; net zero; eddy covariance",
        fields="FOR:4101",
        pi="Dr Rhiannon Pryce", dept="School of Geography and Environment",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="NERC", total=540000, currency="GBP",
        partners=[
            P("University of Helsinki", "Finland", "university", "Co-investigator institution"),
            P("UK Centre for Ecology & Hydrology", "UK", "research institute", "Collaborator", 20000, "GBP"),
            P("Natural Resources Wales", "UK", "government", "Data provider"),
        ],
        funding=[F("UKRI - Natural Environment Research Council (NERC)", "United Kingdom", "government", 540000, "GBP")],
        people=[
            R("Dr Rhiannon Pryce", "Principal Investigator", "British"),
            R("Dr Mikko Virtanen", "Co-Investigator", "Finnish", "University of Helsinki"),
        ],
    ),
    dict(
        # TRAP: humanities project full of aviation vocabulary (aircraft, jet age, aeronautics).
        id=26006,
        title="Wings over the works: an oral and material history of British civil aviation labour, 1919\u20131975",
        abstract=(
            "Histories of British aviation usually follow the designers and test pilots; this project turns instead to "
            "the riveters, dope-shop workers, draughtswomen and ground crew who built aircraft and kept them flying. "
            "Drawing on oral history interviews, company magazines and objects in museum collections, we will trace how "
            "work in the industry changed from the wooden biplane era to the jet age. Outputs include a touring "
            "exhibition on the social history of aeronautics and a public archive of recorded testimony."
        ),
        keywords="history of aviation; labour history; oral history; aircraft industry; jet engines; museums",
        fields="CAH20-01",
        pi="Dr Eleanor Hartley", dept="Department of History",
        start=D(2026, 10, 1), end=D(2028, 12, 31),
        funder="AHRC", total=312000, currency="GBP",
        partners=[
            P("Science Museum Group", "UK", "government", "Collaborator", 12000, "GBP"),
            P("Smithsonian National Air and Space Museum", "USA", "government", "Collaborator"),
            P("University of Bristol", "UK", "university", "Co-investigator institution"),
        ],
        funding=[
            F("UKRI - Arts and Humanities Research Council (AHRC)", "UK", "government", 297000, "GBP"),
            F("Alumni gift (anonymous donor)", "UK", "other", 15000, "GBP"),
        ],
        people=[
            R("Dr Eleanor Hartley", "Principal Investigator", "British"),
            R("Dr James Okafor", "Co-Investigator", "British", "Science Museum Group (research fellow)"),
        ],
    ),
    dict(
        id=26007,
        title="Two languages at home: vocabulary growth in bilingual toddlers",
        abstract=(
            "Children raised with two languages often appear to lag in each language separately while matching "
            "monolingual peers in total vocabulary. We will follow 300 families in Montr\u00e9al, Ottawa and Leeds from "
            "18 to 42 months, combining parent reports with short recorded play sessions. The study will produce norms "
            "that speech and language therapists can use to avoid misdiagnosing bilingual children."
        ),
        keywords="bilingualism; child language; speech and language therapy; longitudinal study",
        fields="",
        pi="Prof. Marie-Claude Tremblay", dept="Department of Psychology",
        start="01/10/2026", end="30/09/2029",  # typed as UK day-first text
        funder="ESRC; SSHRC", total=430000, currency="GBP",
        partners=[
            P("Universit\u00e9 de Montr\u00e9al", "Canada", "university", "Co-investigator institution"),
            P("University of Ottawa", "Canada", "university", "Collaborator"),
        ],
        funding=[
            F("UKRI - Economic and Social Research Council (ESRC)", "UK", "government", 300000, "GBP"),
            F("Social Sciences and Humanities Research Council (SSHRC)", "Canada", "government", 220000, "CAD"),
        ],
        people=[
            R("Prof. Marie-Claude Tremblay", "Principal Investigator", "Canadian"),
            R("Dr Aisha Begum", "Researcher", "British"),
        ],
    ),
    dict(
        id=26008,
        title="Heat-tolerant bread wheat for the Indo-Gangetic Plains",
        abstract=(
            "Rising night-time temperatures during grain filling are cutting wheat yields across the Indo-Gangetic "
            "Plains. We will screen 600 diverse lines in heated field plots in Mexico and India, map the genetic loci "
            "behind stable grain weight under heat, and pass the best donor lines to national breeding programmes."
        ),
        keywords="wheat; heat stress; crop breeding; food security; QTL mapping",
        fields="FOR:3004; CAH06-01",
        pi="Dr Rajesh Kulkarni", dept="School of Biosciences",
        start=D(2026, 10, 1), end=D(2030, 3, 31),
        funder="BBSRC / Gates Foundation", total=720000, currency="GBP",
        partners=[
            P("International Maize and Wheat Improvement Center (CIMMYT)", "", "research institute", "Co-investigator institution"),
            P("John Innes Centre", "UK", "research institute", "Collaborator"),
            P("Indian Council of Agricultural Research", "India", "government", "Collaborator"),
        ],
        funding=[
            F("UKRI - Biotechnology and Biological Sciences Research Council (BBSRC)", "UK", "government", 520000, "GBP"),
            F("Bill & Melinda Gates Foundation", "USA", "charity", 250000, "USD"),
        ],
        people=[
            R("Dr Rajesh Kulkarni", "Principal Investigator", "Indian"),
            R("Dr Fiona McAllister", "Co-Investigator", "British", "John Innes Centre (honorary)"),
        ],
    ),
    dict(
        id=26009,
        title="Guided digital CBT for anxiety in university students",
        abstract=(
            "Demand for student counselling has grown faster than services can respond. We will adapt a guided online "
            "cognitive behavioural therapy programme for anxiety, co-designed with students, and compare it with usual "
            "care in a randomised trial across three universities. Secondary outcomes include academic progression and "
            "cost per quality-adjusted life year."
        ),
        keywords="mental health; anxiety; digital therapy; students; randomised controlled trial",
        fields="",
        pi="Dr Hannah Feld", dept="Department of Psychology",
        start=D(2026, 9, 1), end=D(2028, 8, 31),
        funder="MRC", total=610000, currency="GBP",
        partners=[
            P("University of Melbourne", "Australia", "university", "Collaborator"),
            # TRAP: Northwestern University (USA) vs Northwestern Polytechnical University.
            P("Northwestern University, Feinberg School of Medicine, Chicago IL", "USA", "university",
              "Co-investigator institution"),
        ],
        funding=[F("UKRI - Medical Research Council (MRC)", "UK", "government", 610000, "GBP")],
        people=[
            R("Dr Hannah Feld", "Principal Investigator", "German"),
            R("Dr Michael Osei", "Co-Investigator", "British", "Northwestern University (visiting scholar)"),
        ],
    ),
    dict(
        id=26010,
        title="Compound coastal flooding under rising seas: storm surge meets river flow",
        abstract=(
            "Many estuary towns flood when high river flow coincides with a storm surge, yet planning studies usually "
            "treat the two hazards separately. We will build a joint-probability framework from 60 years of gauge "
            "records and high-resolution hydrodynamic models for five estuaries in the UK and the Netherlands. Outputs "
            "include open-source code and guidance for local flood authorities."
        ),
        keywords="coastal flooding; sea-level rise; climate adaptation; hydrodynamic modelling; estuaries",
        fields="FOR:4005",
        pi="Prof. Pieter de Vries", dept="School of Engineering",
        start=D(2026, 10, 1), end=D(2029, 3, 31),
        funder="NERC; Horizon Europe", total=495000, currency="GBP",
        partners=[
            P("Deltares", "Netherlands", "research institute", "Co-investigator institution", 35000, "EUR"),
            P("Delft University of Technology", "Netherlands", "university", "Collaborator"),
            P("Environment Agency", "UK", "government", "Data provider"),
        ],
        funding=[
            F("UKRI - Natural Environment Research Council (NERC)", "UK", "government", 395000, "GBP"),
            F("European Commission - Horizon Europe", "European Union", "government", 120000, "EUR"),
        ],
        people=[
            R("Prof. Pieter de Vries", "Principal Investigator", "Dutch"),
            # TRAP: a person-level affiliation with a listed organisation on an otherwise clear project.
            R("Dr Wei Zhang", "Co-Investigator", "Chinese",
              "Harbin Engineering University (visiting chair professor); Deltares"),
        ],
    ),
    dict(
        id=26011,
        title="Hidden libraries: medieval manuscript fragments reused in early printed bindings",
        abstract=(
            "Thousands of parchment leaves from lost medieval books survive only because binders cut them up to "
            "strengthen later volumes. Using multispectral imaging and a shared online catalogue, we will identify and "
            "virtually reunite fragments held in Oxford, Leuven and Cambridge. The project will train early-career "
            "researchers in palaeography and make all images openly available."
        ),
        keywords="medieval manuscripts; book history; palaeography; multispectral imaging",
        fields="CAH20-01",
        pi="Dr Catherine Ashdown", dept="School of Humanities",
        start=D(2027, 1, 1), end=D(2029, 6, 30),
        funder="AHRC", total=265000, currency="GBP",
        partners=[
            P("KU Leuven", "", "university", "Co-investigator institution"),
            P("Bodleian Libraries, University of Oxford", "UK", "university", "Data provider"),
            P("University of Cambridge", "UK", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Arts and Humanities Research Council (AHRC)", "UK", "government", 265000, "GBP")],
        people=[
            R("Dr Catherine Ashdown", "Principal Investigator", "British"),
            R("Dr Joris Peeters", "Co-Investigator", "Belgian", "KU Leuven"),
        ],
    ),
    dict(
        id=26012,
        title="Antibody signatures of protection after a blood-stage malaria vaccine",
        abstract=(
            "A blood-stage malaria vaccine candidate has shown partial efficacy in young children, but the immune "
            "responses that predict protection remain unclear. We will analyse stored samples from a completed phase 2 "
            "trial in Kenya using a protein microarray and functional antibody assays. Identifying correlates of "
            "protection would speed up the evaluation of next-generation vaccines."
        ),
        keywords="malaria; vaccine; immunology; global health; correlates of protection",
        fields="",
        pi="Prof. Wanjiru Kamau", dept="School of Medicine",
        start=D(2026, 10, 1), end=D(2028, 9, 30),
        funder="Gates Foundation", total=890000, currency="USD",
        partners=[
            P("Kenya Medical Research Institute (KEMRI)", "Kenya", "government", "Co-investigator institution"),
            P("London School of Hygiene & Tropical Medicine", "UK", "university", "Collaborator"),
        ],
        funding=[F("Bill & Melinda Gates Foundation", "USA", "charity", 890000, "USD")],
        people=[
            R("Prof. Wanjiru Kamau", "Principal Investigator", "Kenyan"),
            R("Dr Oliver Grant", "Co-Investigator", "British", "London School of Hygiene & Tropical Medicine"),
        ],
    ),
    dict(
        id=26013,
        title="Landscape drivers of wild pollinator decline in arable farming",
        abstract=(
            "Wild bees provide a large share of crop pollination, but their populations are falling in intensively "
            "farmed regions. Combining standardised transect surveys on 120 farms in England, Sweden and Australia with "
            "land-cover maps, we will test how field margins, hedgerows and pesticide use affect bee abundance and "
            "diversity. Results will be shared with farm advisers as practical guidance."
        ),
        keywords="pollinators; biodiversity; agriculture; wild bees; land use",
        fields="",
        pi="Dr Ingrid Holm", dept="School of Biosciences",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="NERC", total=380000, currency="GBP",
        partners=[
            P("Swedish University of Agricultural Sciences (SLU)", "Sweden", "university", "Co-investigator institution"),
            P("CSIRO", "Australia", "research institute", "Collaborator"),
        ],
        funding=[F("UKRI - Natural Environment Research Council (NERC)", "UK", "government", 380000, "GBP")],
        people=[
            R("Dr Ingrid Holm", "Principal Investigator", "Swedish"),
            R("Dr Tom Nguyen", "Co-Investigator", "Australian", "CSIRO"),
        ],
    ),
    dict(
        id=26014,
        title="Community-led monitoring of drinking water in northern First Nations",
        abstract=(
            "Many First Nations communities in Canada have lived under long-term drinking water advisories. Working in "
            "partnership with three communities, we will co-develop a low-cost monitoring programme run by local water "
            "operators and examine how data-sharing agreements can respect Indigenous data sovereignty. The study "
            "combines water chemistry with interviews and community workshops."
        ),
        keywords="water quality; Indigenous governance; public health; community-based research; Canada",
        fields="",
        pi="Dr Naomi Cardinal", dept="School of Geography and Environment",
        start=D(2026, 9, 1), end=D(2029, 8, 31),
        funder="NSERC; SSHRC", total=350000, currency="CAD",
        partners=[
            P("University of Saskatchewan", "Canada", "university", "Co-investigator institution"),
            P("Univ. of Manitoba", "Canada", "university", "Collaborator"),
        ],
        funding=[
            F("Natural Sciences and Engineering Research Council of Canada (NSERC)", "Canada", "government", 250000, "CAD"),
            F("Social Sciences and Humanities Research Council (SSHRC)", "Canada", "government", 100000, "CAD"),
        ],
        people=[
            R("Dr Naomi Cardinal", "Principal Investigator", "Canadian"),
            R("Dr Liam O'Connor", "Co-Investigator", "Irish", "University of Saskatchewan"),
        ],
    ),
    dict(
        id=26015,
        title="Supporting family carers of people with dementia in rural areas",
        abstract=(
            "Family carers living far from specialist services report high levels of stress and isolation. We will "
            "evaluate a telephone and video coaching intervention delivered by trained volunteers in rural Devon, "
            "Cornwall and Nova Scotia, measuring carer wellbeing and time to care-home admission. A process evaluation "
            "will examine what makes the service acceptable and sustainable."
        ),
        keywords="dementia; carers; rural health; telehealth; ageing",
        fields="",
        pi="Prof. Margaret Trelawny", dept="School of Health Sciences",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="NIHR", total=520000, currency="GBP",
        partners=[
            P("University of Exeter", "UK", "university", "Co-investigator institution"),
            P("Dalhousie University", "Canada", "university", "Collaborator"),
        ],
        funding=[F("National Institute for Health and Care Research (NIHR)", "UK", "government", 520000, "GBP")],
        people=[
            R("Prof. Margaret Trelawny", "Principal Investigator", "British"),
            R("Dr Kwame Asante", "Co-Investigator", "Canadian", "Dalhousie University"),
        ],
        blank_row_after=True,
    ),
    dict(
        id=26016,
        title="Protecting older people from urban heat: housing, behaviour and health",
        abstract=(
            "Heatwaves cause excess deaths concentrated among older adults living alone in poorly ventilated homes. We "
            "will monitor indoor temperatures in 400 homes in London and Z\u00fcrich over two summers, link them with "
            "health records, and test low-cost adaptations such as external shading and night ventilation advice. The "
            "project will produce a heat-risk index for local authorities."
        ),
        keywords="heatwaves; climate adaptation; housing; older adults; public health",
        fields="FOR:4101; FOR:4202",
        pi="Dr Lucia Bianchi", dept="School of Public Health",
        start=D(2026, 11, 1), end=D(2029, 10, 31),
        funder="Wellcome Trust", total=760000, currency="GBP",
        partners=[
            P("ETH Z\u00fcrich", "Switzerland", "university", "Co-investigator institution"),
            P("University College London", "UK", "university", "Collaborator"),
            P("Greater London Authority", "UK", "government", "Data provider"),
        ],
        funding=[F("Wellcome Trust", "UK", "charity", 760000, "GBP")],
        people=[
            R("Dr Lucia Bianchi", "Principal Investigator", "Italian"),
            R("Dr Jonas Keller", "Co-Investigator", "Swiss", "ETH Z\u00fcrich"),
        ],
    ),
    dict(
        # TRAP: Harbin Medical University (not listed) vs Harbin Institute of Technology / Harbin Engineering University.
        id=26017,
        title="Genetic and lifestyle determinants of atrial fibrillation in northern Chinese and UK cohorts",
        abstract=(
            "Atrial fibrillation is rising quickly in China, where risk-factor profiles differ from those in European "
            "populations. By pooling genotype and clinical data from a hospital cohort in Heilongjiang with UK Biobank, "
            "we will compare the contribution of polygenic risk, blood pressure, alcohol and salt intake to disease "
            "onset. The work will inform screening policy in both countries."
        ),
        keywords="atrial fibrillation; cardiovascular epidemiology; genetics; cohort study; China",
        fields="FOR:4202",
        pi="Prof. Richard Bellamy", dept="School of Medicine",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="MRC", total=480000, currency="GBP",
        partners=[
            P("Harbin Medical University", "China", "university", "Co-investigator institution"),
            P("\u54c8\u5c14\u6ee8\u533b\u79d1\u5927\u5b66", "PRC", "university", "Data provider"),
            P("UK Biobank", "UK", "research institute", "Data provider"),
        ],
        funding=[
            F("UKRI - Medical Research Council (MRC)", "UK", "government", 480000, "GBP"),
            F("China Scholarship Council", "China", "government", 36000, "GBP"),
        ],
        people=[
            R("Prof. Richard Bellamy", "Principal Investigator", "British"),
            R("Dr Li Ming", "Co-Investigator", "Chinese", "Harbin Medical University"),
            R("Zhang Yuxin", "PhD Student", "CN"),
        ],
    ),
    dict(
        id=26018,
        title="Durable resistance to rice blast through stacked immune receptors",
        abstract=(
            "Rice blast fungus destroys enough rice each year to feed tens of millions of people, and single "
            "resistance genes are quickly overcome. We will combine pairs of immune receptor genes with complementary "
            "recognition specificities and test the durability of resistance in field trials near Beijing and in "
            "controlled-environment studies in Norwich. The project builds on a long-standing UK\u2013China partnership "
            "in crop science."
        ),
        keywords="rice; plant pathology; disease resistance; food security; crop genetics",
        fields="FOR:3004",
        pi="Dr Sophie Hargreaves", dept="School of Biosciences",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="BBSRC", total=560000, currency="GBP",
        partners=[
            P("College of Plant Protection, China Agricultural University, Beijing 100193, China", "China",
              "university", "Co-investigator institution"),
            P("\u4e2d\u56fd\u519c\u4e1a\u5927\u5b66", "CN", "university", "Collaborator"),
            P("The Sainsbury Laboratory", "UK", "research institute", "Collaborator"),
        ],
        funding=[
            F("UKRI - Biotechnology and Biological Sciences Research Council (BBSRC)", "UK", "government", 460000, "GBP"),
            F("National Natural Science Foundation of China (NSFC)", "China", "government", 800000, "CNY"),
        ],
        people=[
            R("Dr Sophie Hargreaves", "Principal Investigator", "British"),
            R("Dr Wang Lei", "Co-Investigator", "Chinese", "China Agricultural University"),
        ],
    ),
    dict(
        id=26019,
        title="Household air pollution and childhood asthma in northern Chinese cities",
        abstract=(
            "Winter heating with coal and biomass remains a major source of indoor air pollution in parts of northern "
            "China. This cohort study will fit low-cost particulate sensors in 800 homes and follow children aged 5 to "
            "12 for asthma symptoms, lung function and emergency visits. We will estimate the health benefit of the "
            "ongoing switch to clean heating and compare results with a matched UK cohort."
        ),
        keywords="air pollution; asthma; children; environmental epidemiology; clean heating",
        fields="FOR:4202; CAH01-01",
        pi="Prof. Fiona Gallagher", dept="School of Public Health",
        start=D(2026, 10, 1), end=D(2030, 9, 30),
        funder="Wellcome Trust", total=690000, currency="GBP",
        partners=[
            P("Capital Medical University, Beijing", "P.R. China", "university", "Co-investigator institution"),
            P("Peking Union Medical College", "PRC", "university", "Collaborator"),
            P("Chinese Center for Disease Control and Prevention", "China", "government", "Data provider"),
        ],
        funding=[F("Wellcome Trust", "UK", "charity", 690000, "GBP")],
        people=[
            R("Prof. Fiona Gallagher", "Principal Investigator", "Irish"),
            R("Dr Chen Jing", "Co-Investigator", "China", "Capital Medical University; Beijing Children's Hospital"),
        ],
    ),
    dict(
        id=26020,
        title="Predicting East Asian summer monsoon rainfall on seasonal timescales",
        abstract=(
            "Seasonal forecasts of East Asian monsoon rainfall are less skilful than those for many other regions, "
            "which limits flood and drought preparedness. We will combine coupled climate model ensembles with new "
            "observational analyses to identify the ocean and land-surface drivers of monsoon variability and how they "
            "are changing in a warmer climate."
        ),
        keywords="monsoon; seasonal forecasting; climate variability; rainfall; climate modelling",
        fields="FOR:3702",
        pi="Dr Andrew Pemberton", dept="Department of Meteorology",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="NERC", total=410000, currency="GBP",
        partners=[
            P("Institute of Atmospheric Physics, Chinese Academy of Sciences, Beijing", "China",
              "research institute", "Co-investigator institution"),
            P("Met Office Hadley Centre", "UK", "government", "Collaborator"),
        ],
        funding=[F("UKRI - Natural Environment Research Council (NERC)", "UK", "government", 410000, "GBP")],
        people=[
            R("Dr Andrew Pemberton", "Principal Investigator", "British"),
            R("Dr Liu Hao", "Co-Investigator", "Chinese", "Institute of Atmospheric Physics, CAS"),
        ],
    ),
    dict(
        # TRAP: Northeast Agricultural University (Harbin; not listed) vs Northeastern University (ASPI) and HIT.
        id=26021,
        title="Cold-adapted soybean for short-season farming systems",
        abstract=(
            "Soybean cultivation is moving north in both Canada and north-east China, but early frosts and short "
            "summers limit yields and nitrogen fixation. We will compare root nodule function and flowering-time genes "
            "in cold-adapted varieties from Heilongjiang and Manitoba, and run reciprocal field trials over three "
            "growing seasons."
        ),
        keywords="soybean; nitrogen fixation; cold tolerance; crop adaptation; plant breeding",
        fields="FOR:3004",
        pi="Dr Kevin Martel", dept="School of Agriculture, Policy and Development",
        start="1/9/2026", end=D(2029, 8, 31),  # start typed as text
        funder="NSERC", total=320000, currency="CAD",
        partners=[
            P("Northeast Agricultural University, Harbin", "China", "university", "Co-investigator institution"),
            P("Agriculture and Agri-Food Canada", "Canada", "government", "Collaborator", 40000, "CAD"),
        ],
        funding=[F("NSERC", "Canada", "government", 320000, "CAD")],
        people=[
            R("Dr Kevin Martel", "Principal Investigator", "Canadian"),
            R("Dr Zhao Qiang", "Co-Investigator", "PRC", "Northeast Agricultural University"),
        ],
    ),
    dict(
        # TRAP: agriculture topic, but the method is satellite remote sensing, with a Chinese partner.
        id=26022,
        title="Satellite remote sensing of smallholder maize yield for index-based crop insurance",
        abstract=(
            "Index-based crop insurance could protect smallholder farmers from drought losses, but current yield "
            "estimates are too coarse for individual fields. We will fuse Sentinel-2 optical and Sentinel-1 radar "
            "imagery with crop growth models to estimate maize yield at field scale, validated against harvest "
            "measurements in northern China and Kenya. The project will publish open methods for insurers and "
            "agricultural extension services."
        ),
        keywords="remote sensing; crop yield; satellite imagery; agriculture; food security; machine learning",
        fields="FOR:3004; FOR:4013",
        pi="Dr Matthew Crane", dept="School of Geography and Environment",
        start=D(2026, 10, 1), end=D(2029, 3, 31),
        funder="BBSRC", total=470000, currency="GBP",
        partners=[
            P("China Agricultural University", "P.R. China", "university", "Co-investigator institution"),
            P("Rothamsted Research", "UK", "research institute", "Collaborator"),
            P("Kenya Agricultural and Livestock Research Organization", "Kenya", "government", "Data provider"),
        ],
        funding=[F("UKRI - Biotechnology and Biological Sciences Research Council (BBSRC)", "UK", "government", 470000, "GBP")],
        people=[
            R("Dr Matthew Crane", "Principal Investigator", "British"),
            R("Dr Sun Yan", "Co-Investigator", "Chinese",
              "China Agricultural University; Chinese Academy of Agricultural Sciences"),
        ],
    ),
    dict(
        # TRAP: surgical robotics = health topic + robotics technology; Chinese hospital partner is not listed.
        id=26023,
        title="Haptic feedback for robot-assisted laparoscopic surgery",
        abstract=(
            "Surgeons using current robotic systems lose the sense of touch, which increases the risk of tissue damage "
            "during suturing. We will develop a low-cost force-sensing instrument tip and a haptic rendering method that "
            "feeds tissue stiffness back to the surgeon's console, and evaluate it in phantom and ex vivo studies with "
            "surgical trainees. Clinical partners will lead a usability study before any first-in-human work."
        ),
        keywords="surgical robotics; haptics; minimally invasive surgery; medical devices; force sensing",
        fields="FOR:4003; FOR:4007",
        pi="Dr Amir Haddad", dept="Department of Mechanical Engineering",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="EPSRC", total=640000, currency="GBP",
        partners=[
            P("Hamlyn Centre, Imperial College London", "UK", "university", "Co-investigator institution"),
            P("The Second Affiliated Hospital of Harbin Medical University", "China", "university", "Collaborator"),
            P("CMR Surgical", "UK", "industry", "Industrial partner", 80000, "GBP"),
        ],
        funding=[
            F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 560000, "GBP"),
            F("CMR Surgical Ltd", "UK", "industry", 80000, "GBP"),
        ],
        people=[
            R("Dr Amir Haddad", "Principal Investigator", "British"),
            R("Dr Gao Feng", "Co-Investigator", "Chinese", "Second Affiliated Hospital of Harbin Medical University"),
        ],
    ),
    dict(
        id=26024,
        title="Trapped-ion quantum memories for long-distance entanglement distribution",
        abstract=(
            "Quantum repeaters need memories that can hold entangled states for longer than light takes to cross the "
            "link. We will develop a calcium-ion memory with conversion to telecom wavelengths and demonstrate heralded "
            "entanglement between nodes separated by 25 km of deployed fibre. The work is a step towards a future "
            "quantum internet."
        ),
        keywords="quantum technologies; quantum networks; trapped ions; entanglement; quantum memory",
        fields="FOR:5108; CAH07-01",
        pi="Prof. Jonathan Reeve", dept="Department of Physics",
        start=D(2026, 10, 1), end=D(2030, 9, 30),
        funder="EPSRC", total=1350000, currency="GBP",
        partners=[
            P("University of Science and Technology of China, Hefei", "China", "university", "Collaborator"),
            P("Hefei National Laboratory for Physical Sciences at the Microscale", "PRC", "research institute",
              "Collaborator"),
            P("University of Innsbruck", "Austria", "university", "Co-investigator institution"),
        ],
        funding=[F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 1350000, "GBP")],
        people=[
            R("Prof. Jonathan Reeve", "Principal Investigator", "British"),
            R("Dr Xu Jianguo", "Co-Investigator", "Chinese", "University of Science and Technology of China (adjunct)"),
        ],
    ),
    dict(
        id=26025,
        title="Ultra-high-temperature ceramic composites for hypersonic leading edges",
        abstract=(
            "Sharp leading edges on vehicles flying above Mach 5 face heat fluxes beyond the limits of conventional "
            "thermal protection. We will process zirconium diboride\u2013silicon carbide composites with tailored fibre "
            "architectures and test their oxidation and ablation in arc-jet and scramjet-representative conditions. "
            "Coupled simulations will relate microstructure to surface recession."
        ),
        keywords="hypersonics; thermal protection; ultra-high-temperature ceramics; scramjet; aerospace materials",
        fields="CAH10-01-04; FOR:4001; FOR:4016",
        pi="Prof. Alan Whitford", dept="Department of Aeronautics",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="EPSRC", total=980000, currency="GBP",
        partners=[
            P("School of Materials Science and Engineering, Northwestern Polytechnical University, Xi'an 710072, China",
              "China", "university", "Co-investigator institution"),
            P("\u897f\u5317\u5de5\u4e1a\u5927\u5b66", "CN", "university", "Collaborator"),
            P("China Aerodynamics Research and Development Center (CARDC), Mianyang", "China",
              "research institute", "Test facility provider"),
        ],
        funding=[F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 980000, "GBP")],
        people=[
            R("Prof. Alan Whitford", "Principal Investigator", "British"),
            R("Dr Yang Fan", "Co-Investigator", "Chinese", "Northwestern Polytechnical University"),
        ],
    ),
    dict(
        # TRAP: talent-programme declaration on an AI project, plus a Beihang affiliation.
        id=26026,
        title="Self-supervised multimodal learning for scene understanding in autonomous systems",
        abstract=(
            "Autonomous vehicles and drones must interpret cluttered scenes from cameras, lidar and radar even when "
            "labelled training data are scarce. We will develop self-supervised methods that learn shared "
            "representations across sensors, with a focus on robustness to bad weather and sensor failure. Benchmark "
            "datasets will be released for academic use."
        ),
        keywords="artificial intelligence; machine learning; computer vision; autonomous systems; sensor fusion",
        fields="FOR:4602; CAH11-01",
        pi="Prof. Michael Brennan", dept="Department of Computer Science",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="EPSRC", total=720000, currency="GBP",
        partners=[
            P("Beihang University", "China", "university", "Co-investigator institution"),
            P("BUAA", "China", "university", "Collaborator"),
            P("University of Oxford", "UK", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 720000, "GBP")],
        people=[
            R("Prof. Michael Brennan", "Principal Investigator", "British"),
            R("Dr Zhou Wenjie", "Co-Investigator", "Chinese", "Beihang University (visiting professor)",
              "Thousand Talents Plan"),
        ],
    ),
    dict(
        id=26027,
        title="Autonomous attitude and orbit control for small-satellite formations",
        abstract=(
            "Formation-flying small satellites could deliver capabilities that once needed a single large spacecraft, "
            "but only if they hold precise relative positions with little ground intervention. We will design "
            "fault-tolerant guidance and control algorithms, verify them on an air-bearing testbed, and prepare a "
            "flight experiment for a pair of 12U CubeSats."
        ),
        keywords="satellite; spacecraft control; formation flying; CubeSat; guidance navigation and control",
        fields="FOR:4001; CAH10-01-04",
        pi="Dr Stephen Clarke", dept="Department of Aeronautics",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="UK Space Agency; NSFC", total=650000, currency="GBP",
        partners=[
            P("School of Astronautics, Harbin Institute of Technology, Harbin 150001, China", "China",
              "university", "Co-investigator institution"),
            P("HIT", "China", "university", "Test facility provider"),
            P("Surrey Space Centre, University of Surrey", "UK", "university", "Collaborator"),
        ],
        funding=[
            F("UK Space Agency", "UK", "government", 500000, "GBP"),
            F("National Natural Science Foundation of China", "China", "government", 1200000, "CNY"),
        ],
        people=[
            R("Dr Stephen Clarke", "Principal Investigator", "British"),
            R("Dr Ma Jun", "Co-Investigator", "Chinese", "Harbin Institute of Technology"),
        ],
    ),
    dict(
        # TRAP: Chinese government funder on satellite work; the partner itself is not listed
        # (Xi'an Jiaotong-Liverpool University vs the listed Xi'an Jiaotong University).
        id=26028,
        title="Radiation-tolerant edge computing payload for CubeSat Earth observation",
        abstract=(
            "Small satellites increasingly process imagery on board to save downlink bandwidth, but commercial "
            "processors are vulnerable to radiation upsets in orbit. We will design a fault-tolerant computing payload "
            "using error-correcting memory and lightweight neural networks, test it under proton irradiation, and "
            "integrate it into a 6U CubeSat engineering model."
        ),
        keywords="satellite; CubeSat; radiation hardening; onboard processing; Earth observation",
        fields="FOR:4001",
        pi="Dr Priyanka Nair", dept="School of Electronic Engineering",
        start=D(2026, 10, 1), end=D(2028, 9, 30),
        funder="National Natural Science Foundation of China", total=180000, currency="GBP",
        partners=[
            P("Xi'an Jiaotong-Liverpool University", "China", "university", "Co-investigator institution"),
            P("University of Southampton", "UK", "university", "Collaborator"),
        ],
        funding=[
            F("National Natural Science Foundation of China", "PRC", "government", 900000, "CNY"),
            F("Royal Society", "UK", "charity", 60000, "GBP"),
        ],
        people=[
            R("Dr Priyanka Nair", "Principal Investigator", "Indian"),
            R("Dr Huang Lin", "Co-Investigator", "Chinese", "Xi'an Jiaotong-Liverpool University"),
        ],
    ),
    dict(
        id=26029,
        title="Robust legged locomotion over deformable terrain",
        abstract=(
            "Legged robots can reach places that wheeled vehicles cannot, but they still struggle on sand, mud and "
            "loose gravel. We will combine terrain-aware reinforcement learning with fast contact models so that "
            "quadruped robots can adapt their gait in real time, and validate the controllers in field trials on "
            "beaches and disaster-training sites."
        ),
        keywords="robotics; legged robots; reinforcement learning; locomotion; field robotics",
        fields="FOR:4007",
        pi="Dr Luca Moretti", dept="Department of Mechanical Engineering",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="EPSRC", total=590000, currency="GBP",
        partners=[
            P("Harbin Insitute of Technology", "PRC", "university", "Co-investigator institution"),  # typo on purpose
            P("\u54c8\u5c14\u6ee8\u5de5\u4e1a\u5927\u5b66", "China", "university", "Collaborator"),
            P("ETH Z\u00fcrich", "Switzerland", "university", "Collaborator"),
        ],
        funding=[
            F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 590000, "GBP"),
            F("National Natural Science Foundation of China (NSFC)", "China", "government", 500000, "CNY"),
        ],
        people=[
            R("Dr Luca Moretti", "Principal Investigator", "Italian"),
            R("Dr Sun Hao", "Co-Investigator", "Chinese",
              "Harbin Institute of Technology (State Key Laboratory of Robotics and Systems)"),
        ],
    ),
    dict(
        id=26030,
        title="Explainable anomaly detection for industrial control system networks",
        abstract=(
            "Attacks on water, energy and manufacturing control systems can cause physical damage, yet operators often "
            "lack tools suited to industrial protocols. We will build a dataset of realistic attack scenarios on a "
            "physical testbed and develop explainable anomaly detectors that run on low-power gateway devices. "
            "Findings will be shared with national cyber security agencies."
        ),
        keywords="cyber security; intrusion detection; industrial control systems; critical infrastructure; machine learning",
        fields="FOR:4604",
        pi="Dr Kieran Walsh", dept="School of Computing",
        start=D(2026, 10, 1), end=D(2029, 3, 31),
        funder="EPSRC", total=540000, currency="GBP",
        partners=[
            P("Dept. of Computer Science, Natl. Univ. of Defense Technol., Changsha 410073, P.R. China", "P.R. China",
              "university", "Co-investigator institution"),
            P("NUDT", "China", "university", "Collaborator"),
            P("University of Warwick", "UK", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 540000, "GBP")],
        people=[
            R("Dr Kieran Walsh", "Principal Investigator", "Irish"),
            R("Dr Deng Kai", "Co-Investigator", "Chinese", "National University of Defense Technology"),
        ],
        ref_as_text=True,  # one partner row carries the ref as a text cell
    ),
    dict(
        id=26031,
        title="Oxidation-resistant high-entropy alloys for turbine components",
        abstract=(
            "High-entropy alloys offer a route to turbine components that keep their strength above the service "
            "temperatures of current nickel superalloys. We will use high-throughput thermodynamic modelling and rapid "
            "alloy prototyping to identify compositions with stable microstructures, then characterise their creep and "
            "oxidation behaviour at 1100 \u00b0C."
        ),
        keywords="advanced materials; high-entropy alloys; gas turbines; alloy design; creep",
        fields="FOR:4016; CAH10-01",
        pi="Prof. Helen Ridley", dept="Department of Materials",
        start=D(2026, 10, 1), end=D(2030, 3, 31),
        funder="EPSRC / Rolls-Royce", total=850000, currency="GBP",
        partners=[
            P("University of Sheffield", "UK", "university", "Co-investigator institution"),
            P("Fraunhofer-Gesellschaft (Fraunhofer IWM)", "Germany", "research institute", "Collaborator"),
            P("Rolls-Royce plc", "UK", "industry", "Industrial partner", 150000, "GBP"),
        ],
        funding=[
            F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 600000, "GBP"),
            F("Rolls-Royce plc", "UK", "industry", 250000, "GBP"),
        ],
        people=[
            R("Prof. Helen Ridley", "Principal Investigator", "British"),
            R("Dr Anna Schmidt", "Co-Investigator", "German", "Fraunhofer IWM"),
        ],
    ),
    dict(
        id=26032,
        title="Lightweight graphene\u2013polymer foams for broadband microwave absorption",
        abstract=(
            "Materials that absorb microwaves across a broad band are needed for electromagnetic compatibility in "
            "electronics and for reducing radar signatures. We will fabricate graphene\u2013polymer foams with graded "
            "porosity, measure their absorption from 2 to 40 GHz, and use electromagnetic simulation to optimise the "
            "layer structure."
        ),
        keywords="advanced materials; graphene; microwave absorption; composites; radar",
        fields="FOR:4016",
        pi="Dr Nikhil Bose", dept="Department of Materials",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="EPSRC", total=420000, currency="GBP",
        partners=[
            P("Harbin Engineering University", "", "university", "Co-investigator institution"),
            P("Northwest Polytechnic University", "PRC", "university", "Collaborator"),
            P("National Graphene Institute, University of Manchester", "UK", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 420000, "GBP")],
        people=[
            R("Dr Nikhil Bose", "Principal Investigator", "British"),
            R("Dr Guo Yanan", "Co-Investigator", "CN", "Harbin Engineering University"),
        ],
    ),
    dict(
        id=26033,
        title="Decentralised coordination of UAV swarms under communication loss",
        abstract=(
            "Teams of small unmanned aerial vehicles could support search and rescue after earthquakes, but current "
            "coordination methods fail when radio links drop out. We will develop decentralised planning algorithms "
            "that degrade gracefully under communication loss and test them in simulation and with a fleet of ten "
            "quadrotors."
        ),
        keywords="UAV; drones; swarm robotics; multi-agent systems; artificial intelligence",
        fields="FOR:4007; FOR:4602",
        pi="Dr Samuel Hughes", dept="School of Engineering",
        start="03/02/2027", end="02/02/2028",  # day-first text: 3 February 2027
        funder="University seed fund", total=45000, currency="GBP",
        partners=[
            P("Sharif University of Technology", "Iran", "university", "Co-investigator institution"),
            P("Dept. of Aerospace Engineering, Sharif Univ. of Tech., Tehran, Iran", "Islamic Republic of Iran",
              "university", "Collaborator"),
            P("Iranian Research Organization for Science and Technology (IROST)", "Iran", "research institute",
              "Collaborator"),
            P("Bristol Robotics Laboratory", "UK", "research institute", "Collaborator"),
        ],
        funding=[F("University Research Development Fund", "UK", "university", 45000, "GBP")],
        people=[
            R("Dr Samuel Hughes", "Principal Investigator", "British"),
            R("\u0639\u0644\u06cc \u0631\u0636\u0627\u06cc\u06cc", "Co-Investigator", "Iranian",
              "Sharif University of Technology"),
        ],
    ),
    dict(
        # Listed Iranian partner on a health project: the health topic on its own does not make it clear.
        id=26034,
        title="Inflammatory biomarkers of chronic bronchiolitis after inhalational lung injury",
        abstract=(
            "Chronic bronchiolitis after inhalational injury is hard to diagnose because standard lung function tests "
            "are often normal. We will measure a panel of inflammatory and fibrotic markers in blood and exhaled breath "
            "condensate from a long-term patient cohort and relate them to high-resolution CT findings. The aim is a "
            "simple test to guide treatment."
        ),
        keywords="respiratory medicine; biomarkers; bronchiolitis; inflammation; clinical cohort",
        fields="",
        pi="Dr Farah Siddiqui", dept="School of Medicine",
        start=D(2026, 10, 1), end=D(2028, 9, 30),
        funder="Asthma + Lung UK", total=150000, currency="GBP",
        partners=[
            P("Baqiyatallah University of Medical Sciences", "Iran", "university", "Co-investigator institution"),
            P("Chemical Injuries Research Center, Baqiyatallah Univ. of Med. Sci., Tehran", "Iran", "research institute",
              "Data provider"),
            P("University of Leicester", "UK", "university", "Collaborator"),
        ],
        funding=[F("Asthma + Lung UK", "UK", "charity", 150000, "GBP")],
        people=[
            R("Dr Farah Siddiqui", "Principal Investigator", "British"),
            R("\u0645\u062d\u0645\u062f \u062d\u0633\u06cc\u0646\u06cc", "Co-Investigator", "Iranian",
              "Baqiyatallah University of Medical Sciences"),
        ],
    ),
    dict(
        # Hard negative: Iranian partners that are not on any list.
        id=26035,
        title="Carrier screening for beta-thalassaemia: lessons from premarital programmes",
        abstract=(
            "Iran's national premarital screening programme has greatly reduced births affected by beta-thalassaemia, "
            "offering lessons for countries with growing migrant populations. We will analyse two decades of "
            "programme data with colleagues in Tehran and assess how a similar offer could work through UK antenatal "
            "services, with particular attention to counselling and consent."
        ),
        keywords="thalassaemia; genetic screening; haematology; public health; health policy",
        fields="",
        pi="Dr Leila Ahmadi", dept="School of Public Health",
        start=D(2026, 10, 1), end=D(2028, 3, 31),
        funder="MRC", total=210000, currency="GBP",
        partners=[
            P("Tehran University of Medical Sciences", "Iran", "university", "Co-investigator institution"),
            P("University of Tehran", "Iran", "university", "Collaborator"),
            P("University College London", "UK", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Medical Research Council (MRC)", "UK", "government", 210000, "GBP")],
        people=[
            R("Dr Leila Ahmadi", "Principal Investigator", "British/Iranian"),
            R("\u067e\u0631\u06cc\u0633\u0627 \u0645\u0631\u0627\u062f\u06cc", "Co-Investigator", "Iranian",
              "Tehran University of Medical Sciences"),
        ],
    ),
    dict(
        id=26036,
        title="Superconducting nanowire single-photon detectors with picosecond timing",
        abstract=(
            "Single-photon detectors with picosecond timing jitter are key components for quantum communication and "
            "lidar. We will fabricate niobium nitride nanowire detectors with waveguide-integrated geometries and "
            "characterise their efficiency, dark counts and jitter at 2 K. A shared fabrication protocol will be "
            "developed with the partner laboratories."
        ),
        keywords="quantum technologies; single-photon detectors; superconducting nanowires; photonics; quantum communication",
        fields="FOR:5108; FOR:4009",
        pi="Dr Daniel Frost", dept="Department of Physics",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="EPSRC", total=380000, currency="GBP",
        partners=[
            P("Moscow Institute of Physics & Technology (MIPT), Dolgoprudny", "Russian Federation", "university",
              "Co-investigator institution"),
            P("Institute for Information Transmission Problems (Kharkevich Institute), RAS, Moscow", "Russia",
              "research institute", "Collaborator"),
            P("Russian Quantum Center", "Russian Federation", "research institute", "Collaborator"),
            P("University of Glasgow", "UK", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 380000, "GBP")],
        people=[
            R("Dr Daniel Frost", "Principal Investigator", "British"),
            R("\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432", "Co-Investigator", "Russian",
              "Moscow Institute of Physics and Technology"),
        ],
    ),
    dict(
        id=26037,
        title="Laser powder-bed fusion of titanium lattice structures for lightweight components",
        abstract=(
            "Lattice structures made by additive manufacturing can cut component mass substantially, but defects from "
            "the printing process control their fatigue life. We will study how scan strategy affects porosity and "
            "surface roughness in Ti-6Al-4V lattices and develop fatigue models that account for these defects."
        ),
        keywords="additive manufacturing; titanium; lattice structures; fatigue; advanced materials",
        fields="FOR:4016; FOR:4014",
        pi="Prof. Mark Ellison", dept="School of Mechanical Engineering",
        start=D(2026, 10, 1), end=D(2028, 9, 30),
        funder="Innovate UK", total=360000, currency="GBP",
        partners=[
            P("Bauman Moscow State Technical University", "Russian Federation", "university",
              "Co-investigator institution"),
            P("Bauman MSTU", "Russia", "university", "Collaborator"),
            P("Technical University of Munich", "Germany", "university", "Collaborator"),
        ],
        funding=[
            F("Innovate UK", "UK", "government", 300000, "GBP"),
            F("Airbus Operations Ltd", "UK", "industry", 60000, "GBP"),
        ],
        people=[
            R("Prof. Mark Ellison", "Principal Investigator", "British"),
            R("\u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u0421\u043e\u043a\u043e\u043b\u043e\u0432", "Co-Investigator",
              "Russian Federation", "Bauman Moscow State Technical University"),
        ],
    ),
    dict(
        # Hard negative: Russian partner that is not on any list.
        id=26038,
        title="Permafrost thaw and carbon release in West Siberian and Canadian peatlands",
        abstract=(
            "Thawing permafrost could release large stores of carbon, but field measurements from Western Siberia are "
            "sparse. We will analyse archived soil cores and decades of monitoring data shared by colleagues in "
            "Novosibirsk and Edmonton to compare thaw-driven carbon losses across Siberian and Canadian peatlands. All "
            "field sampling will be carried out by in-country partners."
        ),
        keywords="permafrost; carbon cycle; peatlands; Arctic; climate change",
        fields="FOR:3702",
        pi="Dr Kirsty Munro", dept="School of Geography and Environment",
        start=D(2026, 10, 1), end=D(2028, 9, 30),
        funder="NERC", total=260000, currency="GBP",
        partners=[
            P("Novosibirsk State University", "Russian Federation", "university", "Collaborator"),
            P("University of Alberta", "Canada", "university", "Co-investigator institution"),
        ],
        funding=[F("UKRI - Natural Environment Research Council (NERC)", "UK", "government", 260000, "GBP")],
        people=[
            R("Dr Kirsty Munro", "Principal Investigator", "British"),
            R("\u0410\u043d\u043d\u0430 \u041a\u0443\u0437\u043d\u0435\u0446\u043e\u0432\u0430", "Researcher", "Russian",
              "Novosibirsk State University"),
        ],
        blank_row_after=True,
    ),
    dict(
        # TRAP: empty abstract -> the tool cannot judge the research area.
        id=26039,
        title="Pilot digitisation of regional newspapers, 1850\u20131914",
        abstract="",
        keywords="digital humanities; newspapers; Victorian history",
        fields="",
        pi="Dr Simon Yates", dept="School of Humanities",
        start=D(2026, 11, 1), end=D(2027, 10, 31),
        funder="British Academy", total=9800, currency="GBP",
        partners=[P("National Library of Wales", "UK", "government", "Data provider")],
        funding=[F("British Academy", "UK", "charity", 9800, "GBP")],
        people=[
            R("Dr Simon Yates", "Principal Investigator", "British"),
            R("Dr Bethan Rowlands", "Researcher", "British", "National Library of Wales"),
        ],
    ),
    dict(
        # Hard negative: Zhejiang University of Technology (not listed) vs Zhejiang University (ASPI).
        id=26040,
        title="Low-cost ceramic membranes for rural household water treatment",
        abstract=(
            "Many rural households rely on untreated well water contaminated with bacteria and arsenic. We will "
            "develop ceramic filter membranes from locally available clay and agricultural waste, test their removal "
            "performance in the laboratory, and run a six-month household trial with community health workers. A cost "
            "and maintenance analysis will guide scale-up."
        ),
        keywords="water treatment; membranes; public health; arsenic; rural communities",
        fields="",
        pi="Dr Ruth Okonkwo", dept="School of Chemical Engineering",
        start=D(2026, 10, 1), end=D(2028, 9, 30),
        funder="Royal Academy of Engineering", total=180000, currency="GBP",
        partners=[
            P("Zhejiang University of Technology", "China", "university", "Co-investigator institution"),
            P("University of Ibadan", "Nigeria", "university", "Collaborator"),
        ],
        funding=[F("Royal Academy of Engineering", "UK", "charity", 180000, "GBP")],
        people=[
            R("Dr Ruth Okonkwo", "Principal Investigator", "Nigerian"),
            R("Dr Xu Ting", "Co-Investigator", "Chinese", "Zhejiang University of Technology"),
        ],
    ),
    dict(
        # Hard negative: NUIST (not listed) vs Nanjing University (ASPI); climate, in UK-China agreement scope.
        id=26041,
        title="Typhoon rainfall extremes in a warming climate",
        abstract=(
            "Landfalling typhoons bring some of the most intense rainfall on Earth, and warmer seas may make them "
            "wetter and slower-moving. Using convection-permitting simulations and four decades of rain-gauge and radar "
            "records, we will quantify trends in typhoon rainfall over eastern China and Japan and attribute them to "
            "changes in storm structure and ocean temperature."
        ),
        keywords="typhoons; extreme rainfall; climate change attribution; convection-permitting models",
        fields="FOR:3702",
        pi="Prof. Robert Ainsworth", dept="Department of Meteorology",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="NERC", total=350000, currency="GBP",
        partners=[
            P("Nanjing University of Information Science & Technology (NUIST)", "China", "university",
              "Co-investigator institution"),
            P("Atmosphere and Ocean Research Institute, The University of Tokyo", "Japan", "university", "Collaborator"),
            P("Met Office", "UK", "government", "Data provider"),
        ],
        funding=[
            F("UKRI - Natural Environment Research Council (NERC)", "UK", "government", 350000, "GBP"),
            F("National Natural Science Foundation of China (NSFC)", "China", "government", 600000, "CNY"),
        ],
        people=[
            R("Prof. Robert Ainsworth", "Principal Investigator", "British"),
            R("Dr Qian Rui", "Co-Investigator", "Chinese", "NUIST"),
            R("Dr Kenji Watanabe", "Researcher", "Japanese", "The University of Tokyo"),
        ],
    ),
    dict(
        # TRAP: acronym "HIT" that is Holon Institute of Technology (Israel), not Harbin.
        id=26042,
        title="Inclusive design of real-time public transport apps for blind and partially sighted travellers",
        abstract=(
            "Journey-planning apps are increasingly the only source of real-time service information, yet many are "
            "hard to use with screen readers. Working with blind and partially sighted travellers in three cities, we "
            "will co-design and test audio and haptic interface patterns and publish an accessibility guideline for "
            "transport operators."
        ),
        keywords="accessibility; human-computer interaction; public transport; inclusive design; visual impairment",
        fields="",
        pi="Dr Emma Castellano", dept="School of Design",
        start=D(2026, 10, 1), end=D(2028, 3, 31),
        funder="Nuffield Foundation", total=160000, currency="GBP",
        partners=[
            P("HIT \u2013 Holon Institute of Technology", "Israel", "university", "Co-investigator institution"),
            P("Transport for London", "UK", "government", "Data provider"),
        ],
        funding=[F("Nuffield Foundation", "UK", "charity", 160000, "GBP")],
        people=[
            R("Dr Emma Castellano", "Principal Investigator", "Spanish"),
            R("Dr Yael Cohen", "Co-Investigator", "Israeli", "Holon Institute of Technology"),
        ],
    ),
    dict(
        # TRAP: Northeastern University (Boston, USA) shares its name with an ASPI-listed Chinese university.
        id=26043,
        title="Network dynamics of health misinformation during disease outbreaks",
        abstract=(
            "False health claims spread quickly during outbreaks and can reduce uptake of vaccines and other "
            "protective measures. We will analyse public social media data from three recent outbreaks to model how "
            "misinformation moves between communities and test which kinds of correction slow its spread. The study "
            "is restricted to aggregated, publicly available data."
        ),
        keywords="misinformation; social networks; public health communication; computational social science",
        fields="",
        pi="Dr Tariq Mahmood", dept="Department of Sociology",
        start=D(2026, 10, 1), end=D(2028, 9, 30),
        funder="ESRC", total=290000, currency="GBP",
        partners=[
            P("Northeastern University, Boston, MA", "USA", "university", "Co-investigator institution"),
            P("University of Toronto", "Canada", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Economic and Social Research Council (ESRC)", "UK", "government", 290000, "GBP")],
        people=[
            R("Dr Tariq Mahmood", "Principal Investigator", "British"),
            R("Dr Rachel Goldberg", "Co-Investigator", "American", "Northeastern University"),
        ],
    ),
    dict(
        # Former name of Beihang University, plus its Chinese name.
        id=26044,
        title="Fatigue crack growth in friction-stir-welded aluminium aircraft panels",
        abstract=(
            "Friction stir welding could replace rivets in fuselage panels, reducing weight and assembly cost, but "
            "certification needs confidence in how cracks grow through welded joints. We will run coupon and "
            "stiffened-panel fatigue tests under flight-representative loading and build damage-tolerance models that "
            "account for residual stress."
        ),
        keywords="aerospace structures; fatigue; friction stir welding; aluminium alloys; damage tolerance",
        fields="CAH10-01-04; FOR:4001",
        pi="Prof. Ian Hendry", dept="Department of Aeronautics",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="EPSRC / Airbus", total=540000, currency="GBP",
        partners=[
            P("Beijing University of Aeronautics and Astronautics", "China", "university", "Co-investigator institution"),
            P("\u5317\u4eac\u822a\u7a7a\u822a\u5929\u5927\u5b66", "PRC", "university", "Collaborator"),
            P("Airbus Operations Ltd", "UK", "industry", "Industrial partner", 90000, "GBP"),
        ],
        funding=[
            F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 450000, "GBP"),
            F("Airbus Operations Ltd", "UK", "industry", 90000, "GBP"),
        ],
        people=[
            R("Prof. Ian Hendry", "Principal Investigator", "British"),
            R("Dr Wu Tao", "Co-Investigator", "Chinese", "Beihang University"),
        ],
    ),
    dict(
        # NUDT written as a short Chinese name (the lists carry the long form) and as one of its laboratories.
        id=26045,
        title="Communication-avoiding sparse linear solvers for exascale computing",
        abstract=(
            "Sparse linear solvers dominate the run time of many engineering and climate simulations, and on the "
            "largest machines their performance is limited by data movement rather than arithmetic. We will design "
            "communication-avoiding Krylov methods with mixed-precision preconditioners and evaluate them on "
            "leadership-class supercomputers."
        ),
        keywords="high-performance computing; numerical linear algebra; exascale; parallel algorithms; advanced computing",
        fields="FOR:4606",
        pi="Dr Fergus Campbell", dept="School of Mathematics",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="EPSRC", total=370000, currency="GBP",
        partners=[
            P("\u56fd\u9632\u79d1\u6280\u5927\u5b66", "China", "university", "Co-investigator institution"),
            P("National Key Laboratory for Parallel and Distributed Processing, Changsha", "CN", "research institute",
              "Collaborator"),
            P("University of Manchester", "UK", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 370000, "GBP")],
        people=[
            R("Dr Fergus Campbell", "Principal Investigator", "British"),
            R("\u5218\u6d0b", "Co-Investigator", "PRC",
              "\u56fd\u9632\u79d1\u6280\u5927\u5b66\u8ba1\u7b97\u673a\u5b66\u9662"),
        ],
    ),
    dict(
        # Hard negative in the People sheet: a European fellowship written in the Talent Programme column.
        id=26046,
        title="Tracking migratory waterbirds to protect wetland stopover sites",
        abstract=(
            "Migratory waterbirds depend on a chain of wetlands, and the loss of a single stopover site can affect "
            "whole populations. Using lightweight solar-powered GPS tags on 150 birds of four species, we will "
            "identify critical stopover wetlands along the East Atlantic Flyway and assess how well they are "
            "protected."
        ),
        keywords="ecology; bird migration; wetlands; conservation; animal tracking",
        fields="",
        pi="Dr Isabel Ferreira", dept="School of Biosciences",
        start=D(2026, 10, 1), end="31/03/2029",  # end typed as text
        funder="NERC", total=330000, currency="GBP",
        partners=[
            P("Max Planck Institute of Animal Behavior", "Germany", "research institute", "Collaborator"),
            P("University of Lisbon", "Portugal", "university", "Co-investigator institution"),
        ],
        funding=[F("UKRI - Natural Environment Research Council (NERC)", "UK", "government", 330000, "GBP")],
        people=[
            R("Dr Isabel Ferreira", "Principal Investigator", "Portuguese"),
            R("Dr Felix Wagner", "Researcher", "German", "Max Planck Institute of Animal Behavior",
              "Marie Sk\u0142odowska-Curie Postdoctoral Fellowship"),
        ],
    ),
    dict(
        id=26047,
        title="Preventing postoperative delirium in older surgical patients",
        abstract=(
            "Delirium after surgery affects up to one in three older patients and is linked to longer hospital stays "
            "and lasting cognitive decline. This multicentre trial will test a bundle of non-drug measures \u2014 sleep "
            "protection, early mobilisation, hearing and vision aids and family involvement \u2014 delivered by ward "
            "nurses. We will measure delirium incidence, length of stay and cognition at six months."
        ),
        keywords="delirium; surgery; older adults; nursing; clinical trial",
        fields="",
        pi="Dr Chantal Gagnon", dept="School of Nursing",
        start=D(2026, 9, 1), end=D(2029, 8, 31),
        funder="CIHR", total=480000, currency="CAD",
        partners=[
            P("McMaster University", "Canada", "university", "Co-investigator institution"),
            P("University of Toronto", "Canada", "university", "Collaborator"),
        ],
        funding=[F("Canadian Institutes of Health Research (CIHR)", "Canada", "government", 480000, "CAD")],
        people=[
            R("Dr Chantal Gagnon", "Principal Investigator", "Canadian"),
            R("Dr Jos\u00e9 N\u00fa\u00f1ez", "Co-Investigator", "Spanish", "McMaster University"),
        ],
    ),
    dict(
        id=26048,
        title="A spoken corpus of Scots across three generations",
        abstract=(
            "Scots is spoken by over a million and a half people but is poorly represented in language technology and "
            "teaching materials. We will record and transcribe 300 hours of conversation across three generations in "
            "five regions, producing an annotated corpus and classroom resources."
        ),
        keywords="linguistics; Scots language; corpus; sociolinguistics; language technology",
        fields="",
        pi="Dr Morag Sinclair", dept="School of Humanities",
        start=D(2026, 10, 1), end=D(2028, 9, 30),
        funder="AHRC", total=240000, currency="GBP",
        partners=[
            P("University of Glasgow", "UK", "university", "Co-investigator institution"),
            P("University of Edinburgh", "United Kingdom", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Arts and Humanities Research Council (AHRC)", "UK", "government", 240000, "GBP")],
        people=[
            R("Dr Morag Sinclair", "Principal Investigator", "British"),
            R("Dr Callum Reid", "Researcher", "UK", "University of Glasgow"),
        ],
    ),
    dict(
        # TRAP: "Fraunhofer IAP" -- the acronym IAP is also an alias of Iran's Institute of Applied Physics.
        id=26049,
        title="Closing the loop on textile waste: fibre-to-fibre recycling of blended fabrics",
        abstract=(
            "Most discarded clothing is made from cotton\u2013polyester blends that current recycling cannot separate. "
            "We will test enzymatic and solvent-based separation routes at pilot scale, assess fibre quality after "
            "recycling, and carry out life-cycle assessment to compare environmental impacts with virgin fibre "
            "production."
        ),
        keywords="circular economy; textiles; recycling; life-cycle assessment; sustainability",
        fields="",
        pi="Dr Annika Larsen", dept="School of Chemical Engineering",
        start=D(2027, 1, 1), end=D(2029, 12, 31),
        funder="Horizon Europe", total=610000, currency="EUR",
        partners=[
            P("Wageningen University & Research", "Netherlands", "university", "Co-investigator institution"),
            P("Fraunhofer IAP", "Germany", "research institute", "Collaborator", 45000, "EUR"),
        ],
        funding=[F("European Commission - Horizon Europe", "European Union", "government", 610000, "EUR")],
        people=[
            R("Dr Annika Larsen", "Principal Investigator", "Danish"),
            R("Dr S\u00f8ren Kj\u00e6r", "Co-Investigator", "Danish", "Wageningen University & Research"),
        ],
    ),
    dict(
        # AI topic with only Western partners: a sensitive area without partner risk.
        id=26050,
        title="Machine learning for early warning of sepsis on hospital wards",
        abstract=(
            "Sepsis kills thousands of hospital patients each year, often because deterioration is recognised late. "
            "We will train and externally validate machine learning models that use routine vital signs and laboratory "
            "results to predict sepsis up to 12 hours before clinical recognition, with attention to fairness across "
            "age, sex and ethnicity. A silent deployment study will test how alerts would fit into ward workflows."
        ),
        keywords="artificial intelligence; machine learning; sepsis; clinical decision support; patient safety",
        fields="FOR:4602; FOR:3202",
        pi="Dr Yusuf Demir", dept="School of Medicine",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="NIHR", total=560000, currency="GBP",
        partners=[
            P("Karolinska Institutet", "Sweden", "university", "Collaborator"),
            P("Vector Institute, Toronto", "Canada", "research institute", "Co-investigator institution"),
        ],
        funding=[F("National Institute for Health and Care Research (NIHR)", "UK", "government", 560000, "GBP")],
        people=[
            R("Dr Yusuf Demir", "Principal Investigator", "Turkish"),
            R("Dr Emily Zhang", "Co-Investigator", "Canadian", "Vector Institute"),
        ],
    ),
    dict(
        id=26051,
        title="Community screening and linkage to care for hepatitis B in rural China",
        abstract=(
            "Most people living with chronic hepatitis B in China have never been diagnosed, and many who are "
            "diagnosed never start monitoring or treatment. We will evaluate a village-doctor-led screening model "
            "using point-of-care tests and mobile follow-up in two provinces, measuring diagnosis, linkage to care and "
            "cost-effectiveness."
        ),
        keywords="hepatitis B; screening; primary care; global health; China",
        fields="",
        pi="Prof. Catherine Lowe", dept="School of Public Health",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="MRC", total=450000, currency="GBP",
        partners=[
            P("Chinese Center for Disease Control and Prevention", "China", "government", "Co-investigator institution"),
            P("Peking Union Medical College Hospital", "CN", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Medical Research Council (MRC)", "UK", "government", 450000, "GBP")],
        people=[
            R("Prof. Catherine Lowe", "Principal Investigator", "British"),
            R("Dr Huang Mei", "Co-Investigator", "Chinese", "Chinese Center for Disease Control and Prevention"),
        ],
    ),
    dict(
        id=26052,
        title="Mental wellbeing of left-behind children in rural China",
        abstract=(
            "Millions of children in rural China are raised by grandparents while their parents work in distant "
            "cities. We will follow 1,200 children in 40 schools to examine how parental migration, grandparent care "
            "and school support shape symptoms of depression and anxiety, and pilot a classroom-based resilience "
            "programme."
        ),
        keywords="child mental health; migration; rural China; schools; resilience",
        fields="",
        pi="Dr Joanne Whitaker", dept="Department of Psychology",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="ESRC", total=380000, currency="GBP",
        partners=[
            P("Beijing Normal University", "China", "university", "Co-investigator institution"),
            P("Faculty of Psychology, Beijing Normal Univ., Beijing 100875", "PRC", "university", "Collaborator"),
            P("East China Normal University", "China", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Economic and Social Research Council (ESRC)", "UK", "government", 380000, "GBP")],
        people=[
            R("Dr Joanne Whitaker", "Principal Investigator", "British"),
            R("\u738b\u82b3", "Co-Investigator", "Chinese", "Beijing Normal University"),
        ],
    ),
    dict(
        # Planetary science is one of the four areas of the 2025 UK-China agreement; CAS institutes here are not listed.
        id=26053,
        title="Space weathering of lunar regolith returned by Chang'e-5",
        abstract=(
            "Samples returned by the Chang'e-5 mission come from the youngest volcanic region yet sampled on the Moon. "
            "Using electron microscopy and noble-gas analysis on allocated grains, we will measure how solar wind and "
            "micrometeorite bombardment have altered their surfaces and compare the results with Apollo samples. The "
            "study constrains how long the lunar surface has been exposed and helps interpret remote observations of "
            "lunar spectra."
        ),
        keywords="planetary science; lunar samples; space weathering; Moon; geochemistry",
        fields="FOR:3703; FOR:5101",
        pi="Dr Alistair Kerr", dept="School of Earth Sciences",
        start=D(2026, 10, 1), end=D(2029, 3, 31),
        funder="STFC", total=310000, currency="GBP",
        partners=[
            P("Institute of Geology and Geophysics, Chinese Academy of Sciences", "China", "research institute",
              "Co-investigator institution"),
            P("National Astronomical Observatories of China", "China", "research institute", "Data provider"),
            P("Natural History Museum, London", "UK", "government", "Collaborator"),
        ],
        funding=[F("UKRI - Science and Technology Facilities Council (STFC)", "UK", "government", 310000, "GBP")],
        people=[
            R("Dr Alistair Kerr", "Principal Investigator", "British"),
            R("Dr Tang Rui", "Co-Investigator", "Chinese", "Institute of Geology and Geophysics, CAS"),
        ],
    ),
    dict(
        # Sponsor on the US Section 1260H list; the partner row is the company's UK subsidiary.
        id=26054,
        title="Reconfigurable intelligent surfaces for 6G indoor coverage",
        abstract=(
            "Reconfigurable intelligent surfaces \u2014 thin panels that steer radio waves \u2014 could extend "
            "high-frequency 6G coverage into buildings at low energy cost. We will design and fabricate prototype "
            "surfaces at 28 and 140 GHz, develop low-complexity beam-control algorithms and measure performance in "
            "office and factory environments."
        ),
        keywords="6G; wireless communications; reconfigurable intelligent surfaces; millimetre wave; telecommunications",
        fields="FOR:4006",
        pi="Prof. Samir Patel", dept="School of Electronic Engineering",
        start=D(2026, 10, 1), end=D(2029, 9, 30),
        funder="Huawei Technologies Co., Ltd.", total=600000, currency="GBP",
        partners=[
            P("5G/6G Innovation Centre, University of Surrey", "UK", "university", "Co-investigator institution"),
            P("Huawei Technologies Research & Development (UK) Ltd", "UK", "industry", "Industrial partner",
              100000, "GBP"),
        ],
        funding=[
            F("Huawei Technologies Co., Ltd.", "China", "industry", 400000, "GBP"),
            F("UKRI - Engineering and Physical Sciences Research Council (EPSRC)", "UK", "government", 200000, "GBP"),
        ],
        people=[
            R("Prof. Samir Patel", "Principal Investigator", "British"),
            R("Dr Zhang Wei", "Co-Investigator", "Chinese", "Huawei Technologies (part-time)"),
        ],
    ),
    dict(
        id=26055,
        title="Reducing antibiotic use in dairy cattle through selective dry-cow therapy",
        abstract=(
            "Blanket antibiotic treatment of dairy cows at the end of lactation is one of the largest uses of "
            "antimicrobials in farming. We will trial algorithm-guided selective treatment on 60 farms in the UK and "
            "Ireland, measuring udder health, milk yield and antibiotic use over two lactations."
        ),
        keywords="dairy; antimicrobial stewardship; veterinary medicine; mastitis; livestock",
        fields="",
        pi="Dr Niamh Byrne", dept="School of Veterinary Science",
        start=D(2026, 10, 1), end=D(2029, 3, 31),
        funder="BBSRC", total=300000, currency="GBP",
        partners=[
            P("Teagasc", "Ireland", "government", "Co-investigator institution"),
            P("University College Dublin", "Ireland", "university", "Collaborator"),
        ],
        funding=[F("UKRI - Biotechnology and Biological Sciences Research Council (BBSRC)", "UK", "government", 300000, "GBP")],
        people=[
            R("Dr Niamh Byrne", "Principal Investigator", "Irish"),
            R("Dr Conor Walsh", "Researcher", "Irish", "Teagasc"),
        ],
    ),
]

# A partner row whose proposal ref is not in the Projects sheet (the tool should reject / report it).
ORPHAN_PARTNERS = [(29999, P("University of Leeds", "UK", "university", "Collaborator"))]


def _style_header(ws, row, ncols):
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for col in range(1, ncols + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)


def _widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _partner_ref(ref, index, as_text=False):
    """Mimic a messy export: most refs are floats (26001.0), some ints, one text cell."""
    if as_text:
        return str(ref)
    return float(ref) if index % 3 != 2 else ref


def _pin_xlsx(path: Path, float_cells: dict[str, list[str]]) -> None:
    """Rewrite the saved package: whole-number floats as "N.0" in the given cells, fixed timestamps.

    float_cells maps a part name (e.g. "xl/worksheets/sheet2.xml") to cell references (e.g. "A2").
    """
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as zin:
        parts = [(info, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in parts:
            for ref in float_cells.get(info.filename, []):
                pattern = rb'(<c r="' + ref.encode() + rb'"[^>]*><v>)(-?\d+)(</v>)'
                data, n = re.subn(pattern, rb"\g<1>\g<2>.0\g<3>", data)
                if n != 1:
                    raise RuntimeError(f"could not mark {ref} in {info.filename} as a float")
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def build(out_path: Path) -> dict:
    wb = Workbook()
    wb.properties.creator = "Research Office"
    wb.properties.title = TITLE
    wb.properties.created = FIXED_TIME

    # --- Projects --------------------------------------------------------
    ws = wb.active
    ws.title = "Projects"
    ncols = len(PROJECT_HEADERS)
    ws.cell(row=1, column=1, value=TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    # row 2 left blank on purpose
    ws.append([])
    ws.append(PROJECT_HEADERS)
    _style_header(ws, 3, ncols)
    ws.freeze_panes = "C4"
    n_projects = 0
    for p in PROJECTS:
        ws.append([
            p["id"], p["title"], p["abstract"], p["keywords"], p["fields"], p["pi"], p["dept"],
            p["start"], p["end"], p["funder"], p["total"], p["currency"],
        ])
        row = ws.max_row
        for col in (8, 9):
            cell = ws.cell(row=row, column=col)
            if isinstance(cell.value, (dt.date, dt.datetime)):
                cell.number_format = "DD/MM/YYYY"
        ws.cell(row=row, column=11).number_format = "#,##0"
        ws.cell(row=row, column=3).alignment = Alignment(wrap_text=True, vertical="top")
        n_projects += 1
        if p.get("blank_row_after"):
            # a fully blank row in the middle of the data: advance the row counter without writing cells
            ws.append([])
    _widths(ws, [13, 48, 80, 40, 22, 26, 34, 12, 12, 30, 15, 9])

    # --- Partners --------------------------------------------------------
    wp = wb.create_sheet("Partners")
    wp.append(PARTNER_HEADERS)
    _style_header(wp, 1, len(PARTNER_HEADERS))
    wp.freeze_panes = "A2"
    idx = 0
    float_refs: list[str] = []
    for p in PROJECTS:
        text_done = False
        for partner in p["partners"]:
            as_text = bool(p.get("ref_as_text")) and not text_done
            text_done = text_done or as_text
            name, country, org_type, role, inkind, cur = partner
            ref = _partner_ref(p["id"], idx, as_text)
            wp.append([ref, name, country or None, org_type, role, inkind, cur])
            if isinstance(ref, float):
                float_refs.append(f"A{wp.max_row}")
            idx += 1
    for ref, partner in ORPHAN_PARTNERS:
        name, country, org_type, role, inkind, cur = partner
        wp.append([float(ref), name, country or None, org_type, role, inkind, cur])
        float_refs.append(f"A{wp.max_row}")
        idx += 1
    _widths(wp, [13, 70, 22, 20, 28, 20, 9])

    # --- Funding ---------------------------------------------------------
    wf = wb.create_sheet("Funding")
    wf.append(FUNDING_HEADERS)
    _style_header(wf, 1, len(FUNDING_HEADERS))
    wf.freeze_panes = "A2"
    for p in PROJECTS:
        for sponsor, country, stype, amount, cur in p["funding"]:
            wf.append([p["id"], sponsor, country, stype, amount, cur])
            wf.cell(row=wf.max_row, column=5).number_format = "#,##0"
    _widths(wf, [12, 66, 18, 14, 14, 9])

    # --- People ----------------------------------------------------------
    wpe = wb.create_sheet("People")
    wpe.append(PEOPLE_HEADERS)
    _style_header(wpe, 1, len(PEOPLE_HEADERS))
    wpe.freeze_panes = "A2"
    for p in PROJECTS:
        for name, role, citizenship, affiliations, talent in p["people"]:
            wpe.append([p["id"], name, role, citizenship, affiliations or None, talent or None])
    _widths(wpe, [12, 28, 22, 18, 70, 42])

    out_path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out_path)
    # openpyxl writes worksheets in tab order as sheet1.xml, sheet2.xml, ...
    partners_part = f"xl/worksheets/sheet{wb.sheetnames.index('Partners') + 1}.xml"
    _pin_xlsx(out_path, {partners_part: float_refs})
    print(f"  (Partners rows with the proposal ref stored as a float: {len(float_refs)})")
    return {
        "Projects": n_projects,
        "Partners": wp.max_row - 1,
        "Funding": wf.max_row - 1,
        "People": wpe.max_row - 1,
    }


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    ids = [p["id"] for p in PROJECTS]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate proposal numbers in PROJECTS")
    print(f"writing {out}")
    counts = build(out)
    for sheet, n in counts.items():
        print(f"  {sheet}: {n} data rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
