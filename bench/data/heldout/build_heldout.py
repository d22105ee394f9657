#!/usr/bin/env python3
"""Build the held-out org-matching test set (deterministic; hand-written rows).

Run:  python3 build_heldout.py   -> writes org_matching_heldout.csv next to this file.
Rows are hand-written literals. Positives point at an exact row name in one of the
five reference lists in /work/shared/reference/. Negatives are real institutions that
are NOT on those lists (hard = name/city close to a listed one; benign = unrelated).
Built without looking at the matcher (src/) or the first labelled set.
"""
import csv
import os

CA = "canada_named_research_organizations_2024-04-18.csv"
ASPI = "aspi_china_defence_universities_2020.csv"
NDAA = "us_ndaa_fy2019_section_1286_list.csv"
H1260 = "us_section_1260h_chinese_military_companies.csv"
BIS = "us_bis_entity_list_research_institutions_2026-07.csv"

# (text, country, target_source, target_name, form, note)
POSITIVES = [
    # --- affiliation strings: department + org + city + postcode + country
    ("School of Computer Science and Engineering, Beihang University, Beijing 100191, China", "China", ASPI, "Beihang University", "affiliation_string", ""),
    ("School of Optics and Photonics, Beijing Institute of Technology, Beijing 100081, P.R. China", "China", CA, "Beijing Institute of Technology", "affiliation_string", ""),
    ("College of Electronic Science and Technology, National University of Defense Technology, Changsha, Hunan 410073, China", "China", NDAA, "National University of Defense Technology", "affiliation_string", ""),
    ("School of Marine Science and Technology, Northwestern Polytechnical University, Xi'an 710072, China", "China", NDAA, "Northwestern Polytechnical University", "affiliation_string", ""),
    ("College of Automation Engineering, Nanjing University of Aeronautics and Astronautics, Nanjing 211106, China", "China", BIS, "Nanjing University of Aeronautics and Astronautics", "affiliation_string", ""),
    ("School of Electronic and Optical Engineering, Nanjing University of Science and Technology, Nanjing 210094, China", "China", NDAA, "Nanjing University of Science and Technology", "affiliation_string", ""),
    ("School of Information and Communication Engineering, University of Electronic Science and Technology of China, Chengdu 611731, China", "China", CA, "University of Electronic Science and Technology of China", "affiliation_string", ""),
    ("Department of Engineering Physics, Tsinghua University, Beijing 100084, China", "China", ASPI, "Tsinghua University", "affiliation_string", ""),
    ("School of Physics, Peking University, Beijing 100871, China", "China", ASPI, "Peking University", "affiliation_string", ""),
    ("Institute of Microbiology and Epidemiology, Academy of Military Medical Sciences, Beijing 100071, China", "China", NDAA, "Academy of Military Medical Sciences, Institute of Microbiology and Epidemiology", "affiliation_string", "sub-institute written before parent"),
    ("Institute of Physics, Chinese Academy of Sciences, Beijing 100190, China", "China", NDAA, "Chinese Academy of Sciences – Institute of Physics", "affiliation_string", "parent/child order reversed vs list"),
    ("State Key Laboratory of Computer Architecture, Institute of Computing Technology, Chinese Academy of Sciences, Beijing 100190, China", "China", BIS, "Chinese Academy of Sciences Institute of Computing Technology", "affiliation_string", ""),
    ("Shenyang Institute of Automation, Chinese Academy of Sciences, Shenyang 110016, China", "China", CA, "China Academy of Science – Shenyang Institute of Automation", "affiliation_string", ""),
    ("Center for High Pressure Science and Technology Advanced Research (HPSTAR), Shanghai 201203, China", "China", BIS, "Center for High Pressure Science and Technology Advanced Research", "exact", "acronym in brackets"),
    ("Beijing Academy of Artificial Intelligence (BAAI), Beijing 100084, China", "China", BIS, "Beijing Academy of Artificial Intelligence", "exact", ""),
    ("Hefei National Laboratory for Physical Sciences at the Microscale, University of Science and Technology of China, Hefei 230026, China", "China", NDAA, "Hefei National Laboratory for Physical Sciences at the Microscale", "affiliation_string", "lab + listed host university"),
    ("China Aerodynamics Research and Development Center, Mianyang 621000, China", "China", CA, "China Aerodynamics Research and Development Center", "exact", ""),
    ("Rocket Force University of Engineering, Xi'an 710025, China", "China", CA, "Rocket Force University of Engineering", "exact", ""),
    ("Naval University of Engineering, Wuhan 430033, China", "China", CA, "Naval University of Engineering", "exact", ""),
    ("Air Force Engineering University, Xi'an 710038, China", "China", BIS, "Air Force Engineering University", "exact", ""),
    ("National Defense University, Beijing 100091, China", "China", CA, "National Defense University", "exact", "PLA NDU (Beijing)"),
    ("Sharif University of Technology, Tehran, Iran", "Iran", CA, "Sharif University of Technology", "exact", ""),
    ("Department of Mechanical Engineering, Amirkabir University of Technology (Tehran Polytechnic), Tehran 15875-4413, Iran", "Iran", NDAA, "Amirkabir University of Technology", "affiliation_string", ""),
    ("Faculty of Physics, Shahid Beheshti University, Evin, Tehran 19839-69411, Iran", "Iran", CA, "Shahid Beheshti University", "affiliation_string", ""),
    ("Pasteur Institute of Iran, Tehran 13164, Iran", "Iran", CA, "Pasteur Institute of Iran", "exact", ""),
    ("Moscow Institute of Physics and Technology (MIPT), Dolgoprudny, Moscow Region 141701, Russia", "Russia", BIS, "Moscow Institute of Physics and Technology", "affiliation_string", ""),
    ("Kazan National Research Technical University named after A.N. Tupolev - KAI, Kazan 420111, Russia", "Russia", NDAA, "Kazan National Research Technical University named after A.N. Tupolev-KAI", "affiliation_string", ""),
    ("Huawei Technologies Co., Ltd., Shenzhen 518129, China", "China", H1260, "Huawei Technologies Co., Ltd.", "exact", ""),

    # --- abbreviated
    ("School of Astronautics, Harbin Inst. Technol., Harbin 150001, PR China", "China", NDAA, "Harbin Institute of Technology", "abbreviated", ""),
    ("Northwestern Polytechnical Univ., Xi'an, China", "China", CA, "Northwestern Polytechnical University", "abbreviated", ""),
    ("Nanjing Univ. of Aeronaut. & Astronaut., Nanjing, China", "China", CA, "Nanjing University of Aeronautics and Astronautics", "abbreviated", ""),
    ("Nanjing Univ. Sci. Technol., Nanjing, Jiangsu, China", "China", CA, "Nanjing University of Science and Technology", "abbreviated", ""),
    ("Univ. of Electron. Sci. & Technol. of China, Chengdu, China", "China", NDAA, "University of Electronic Science and Technology of China", "abbreviated", ""),
    ("Beijing Univ. of Posts & Telecommun., Beijing, China", "China", NDAA, "Beijing University of Posts and Telecommunications", "abbreviated", ""),
    ("Dept. of Modern Physics, Univ. of Sci. & Technol. of China, Hefei, Anhui 230026, China", "China", BIS, "University of Science and Technology of China", "abbreviated", ""),
    ("Sch. of Mater. Sci. & Eng., Huazhong Univ. of Sci. & Technol., Wuhan 430074, China", "China", ASPI, "Huazhong University of Science and Technology", "abbreviated", ""),
    ("Dept. of Electr. Eng., Sharif Univ. of Technol., Tehran 11365-11155, Iran", "Iran", NDAA, "Sharif University of Technology", "abbreviated", ""),
    ("Faculty of Physics, M.V. Lomonosov Moscow State Univ., Moscow 119991, Russia", "Russia", NDAA, "Moscow State University", "abbreviated", ""),
    ("Ural Federal University, Yekaterinburg 620002, Russia", "Russia", NDAA, "Ural Federal University named after B.N. Yeltsin, the First President of Russia", "abbreviated", "short form of long official name"),

    # --- acronym with country
    ("BUAA, Beijing, China", "China", ASPI, "Beihang University", "acronym", ""),
    ("NUDT, Changsha, China", "China", ASPI, "National University of Defense Technology", "acronym", ""),
    ("NUAA, Nanjing, China", "China", ASPI, "Nanjing University of Aeronautics and Astronautics", "acronym", ""),
    ("SJTU, Shanghai, China", "China", ASPI, "Shanghai Jiao Tong University", "acronym", ""),
    ("USTC, Hefei, China", "China", BIS, "University of Science and Technology of China", "acronym", ""),
    ("HIT, Harbin, China", "China", ASPI, "Harbin Institute of Technology", "acronym", ""),
    ("Institute of Fluid Physics, CAEP, Mianyang 621900, China", "China", ASPI, "Chinese Academy of Engineering Physics", "acronym", "sub-institute + parent acronym"),
    ("NINT, Xi'an 710024, China", "China", ASPI, "Northwest Institute of Nuclear Technology", "acronym", ""),
    ("Skoltech, Moscow 121205, Russia", "Russia", BIS, "Skolkovo Institute of Science and Technology", "acronym", "alias/brand name"),
    ("CETC, Beijing, China", "China", H1260, "China Electronics Technology Group Corporation", "acronym", ""),
    ("DJI, Shenzhen, China", "China", H1260, "Shenzhen DJI Technology Co., Ltd.", "acronym", ""),

    # --- Chinese script (name_zh copied from ASPI file)
    ("北京航空航天大学", "China", ASPI, "Beihang University", "chinese_script", ""),
    ("北京理工大学 光电学院", "China", ASPI, "Beijing Institute of Technology", "chinese_script", "name_zh + school name"),
    ("哈尔滨工业大学", "China", ASPI, "Harbin Institute of Technology", "chinese_script", ""),
    ("中国人民解放军国防科技大学", "China", ASPI, "National University of Defense Technology", "chinese_script", ""),
    ("西北工业大学", "China", ASPI, "Northwestern Polytechnical University", "chinese_script", ""),
    ("西安电子科技大学", "China", ASPI, "Xidian University", "chinese_script", ""),
    ("清华大学", "China", ASPI, "Tsinghua University", "chinese_script", ""),
    ("中国工程物理研究院", "China", ASPI, "Chinese Academy of Engineering Physics", "chinese_script", ""),
    ("西北核技术研究所", "China", ASPI, "Northwest Institute of Nuclear Technology", "chinese_script", ""),
    ("中国电子科技集团公司", "China", ASPI, "China Electronics Technology Group Corporation", "chinese_script", ""),
    ("上海交通大学 电子信息与电气工程学院", "China", ASPI, "Shanghai Jiao Tong University", "chinese_script", "name_zh + school name"),

    # --- aliases present in the lists
    ("Northwest Polytechnical University, Xi'an, Shaanxi, China", "China", NDAA, "Northwestern Polytechnical University", "alias", ""),
    ("Xi’an Electronic Science and Technology University, Xi'an, China", "China", NDAA, "Xidian University", "alias", ""),
    ("Zhongshan University, Guangzhou 510275, China", "China", NDAA, "Sun Yat-sen University", "alias", ""),
    ("Center for International Security and Strategy, Tsinghua University, Beijing 100084, China", "China", NDAA, "Center for International Security and Strategy of Tsinghua University", "alias", ""),
    ("Institute of Applied Physics and Computational Mathematics, Beijing 100088, China", "China", NDAA, "China Academy of Engineering Physics", "alias", "CAEP subordinate institute listed as alias"),
    ("Nanjing Research Institute of Electronics Technology, Nanjing 210039, China", "China", BIS, "China Electronics Technology Group Corporation 14th Research Institute (CETC 14)", "alias", ""),
    ("The 54th Research Institute of CETC, Shijiazhuang 050081, China", "China", BIS, "54th Research Institute of China", "alias", ""),
    ("School of Communication Engineering, Hangzhou Dianzi University, Hangzhou 310018, China", "China", NDAA, "Hangzhao Dianzi University", "alias", "list name misspelt; correct spelling is an alias"),
    ("Changchun University of Science and Technology, Changchun 130022, China", "China", NDAA, "Changchung University of Science and Technology", "alias", "list name misspelt; correct spelling is an alias"),
    ("Xi'an Research Institute of High-Tech, Xi'an 710025, China", "China", ASPI, "Rocket Force University of Engineering", "alias", ""),
    ("Malek-Ashtar University of Technology, Tehran, Iran", "Iran", NDAA, "Malek Ashtar University", "alias", "hyphenated spelling"),
    ("Lomonosov Moscow State University, Moscow 119991, Russia", "Russia", NDAA, "Moscow State University", "alias", ""),
    ("National Research University Higher School of Economics, Moscow 101000, Russia", "Russia", NDAA, "Moscow’s Higher School of Economics", "alias", ""),
    ("National Research Tomsk Polytechnic University, Tomsk 634050, Russia", "Russia", NDAA, "Tomsk Polytechnic University", "alias", ""),
    ("BGI-Shenzhen, Shenzhen 518083, China", "China", H1260, "BGI Group", "alias", "common affiliation form of BGI"),

    # --- former names (present in aliases unless noted)
    ("Beijing University of Aeronautics and Astronautics, Beijing 100191, China", "China", ASPI, "Beihang University", "former_name", ""),
    ("Changsha Institute of Technology, Changsha, Hunan, China", "China", ASPI, "National University of Defense Technology", "former_name", ""),
    ("Fourth Military Medical University, Xi'an 710032, China", "China", ASPI, "Air Force Medical University", "former_name", ""),
    ("Third Military Medical University, Chongqing 400038, China", "China", ASPI, "Army Medical University", "former_name", ""),
    ("Second Military Medical University, Shanghai 200433, China", "China", ASPI, "Navy Medical University", "former_name", ""),
    ("Zhengzhou Information Science and Technology Institute, Zhengzhou 450001, China", "China", NDAA, "Strategic Support Force Information Engineering University", "former_name", ""),
    ("PLA University of Science and Technology, Nanjing 210007, China", "China", ASPI, "Army Engineering University", "former_name", ""),
    ("Shenyang Institute of Aeronautical Engineering, Shenyang 110136, China", "China", NDAA, "Shenyang Aerospace University", "former_name", ""),
    ("East China Institute of Technology, Nanchang, Jiangxi, China", "China", ASPI, "East China University of Technology", "former_name", ""),
    ("Shanghai Institute of Metallurgy, Chinese Academy of Sciences, Shanghai, China", "China", BIS, "Chinese Academy of Sciences' Shanghai Institute of Microsystem and Information Technology", "former_name", ""),
    ("Tiangong University (formerly Tianjin Polytechnic University), Tianjin 300387, China", "China", ASPI, "Tianjin Polytechnic University", "former_name", "current name not in list; former name is the list name"),

    # --- typos / spelling variants
    ("Beijing Insititute of Technology, Beijing, China", "China", CA, "Beijing Institute of Technology", "typo", ""),
    ("Northwestern Polytechinical University, Xi'an, China", "China", ASPI, "Northwestern Polytechnical University", "typo", ""),
    ("Nanjing Univeristy of Science and Technology, Nanjing, China", "China", NDAA, "Nanjing University of Science and Technology", "typo", ""),
    ("Harbin Institue of Technology, Harbin 150001, China", "China", NDAA, "Harbin Institute of Technology", "typo", ""),
    ("Harbin Enginering University, Harbin, China", "China", CA, "Harbin Engineering University", "typo", ""),
    ("National University of Defence Technology, Changsha 410073, China", "China", CA, "National University of Defense Technology", "typo", "British spelling 'Defence'"),
    ("Shanghai Jiaotong University, Shanghai 200240, China", "China", ASPI, "Shanghai Jiao Tong University", "typo", "spacing variant"),
    ("Xi'an Jiatong University, Xi'an, China", "China", NDAA, "Xi’an Jiatong University", "typo", "typo shared with the list name"),

    # --- campuses / hospitals / graduate schools / labs of listed organisations
    ("Harbin Institute of Technology, Shenzhen, Guangdong 518055, China", "China", ASPI, "Harbin Institute of Technology", "campus_or_lab", "HIT Shenzhen campus"),
    ("West China Hospital, Sichuan University, Chengdu 610041, China", "China", BIS, "Sichuan University", "campus_or_lab", "university hospital"),
    ("Qilu Hospital of Shandong University, Jinan 250012, China", "China", NDAA, "Shandong University", "campus_or_lab", "university hospital"),
    ("Renji Hospital, School of Medicine, Shanghai Jiao Tong University, Shanghai 200127, China", "China", NDAA, "Shanghai Jiao Tong University", "campus_or_lab", "university hospital"),
    ("Tsinghua Shenzhen International Graduate School, Tsinghua University, Shenzhen 518055, China", "China", ASPI, "Tsinghua University", "campus_or_lab", "graduate school"),
    ("Xijing Hospital, Air Force Medical University, Xi'an 710032, China", "China", CA, "Air Force Medical University", "campus_or_lab", ""),
    ("Southwest Hospital, Army Medical University, Chongqing 400038, China", "China", CA, "Army Medical University", "campus_or_lab", ""),
    ("Huawei Noah's Ark Lab, Hong Kong", "China", H1260, "Huawei Technologies Co., Ltd.", "campus_or_lab", "corporate research lab"),
    ("Tencent AI Lab, Shenzhen, China", "China", H1260, "Tencent Holdings Limited", "campus_or_lab", "corporate research lab"),
    ("Alibaba DAMO Academy, Hangzhou 311121, China", "China", H1260, "Alibaba Group Holding Limited", "campus_or_lab", "corporate research lab"),
    ("Baidu Research, Beijing 100085, China", "China", H1260, "Baidu, Inc.", "campus_or_lab", "corporate research lab"),

    # --- two organisations in one string, exactly one listed
    ("Department of Chemistry, University of Toronto, Toronto, ON M5S 3H6, Canada; School of Chemistry, Beihang University, Beijing 100191, China", "China", ASPI, "Beihang University", "multi_org", "second org listed"),
    ("Max Planck Institute for Solid State Research, Stuttgart 70569, Germany and Harbin Institute of Technology, Harbin 150001, China", "China", CA, "Harbin Institute of Technology", "multi_org", "second org listed"),
    ("School of Electrical and Electronic Engineering, Nanyang Technological University, Singapore 639798; National University of Defense Technology, Changsha 410073, China", "China", NDAA, "National University of Defense Technology", "multi_org", "second org listed"),
    ("Clarendon Laboratory, University of Oxford, Oxford OX1 3PU, UK & Moscow Institute of Physics and Technology, Dolgoprudny 141701, Russia", "Russia", NDAA, "Moscow Institute of Physics and Technology", "multi_org", "second org listed"),
    ("Department of Physics, ETH Zurich, 8093 Zurich, Switzerland; Sharif University of Technology, Tehran, Iran", "Iran", NDAA, "Sharif University of Technology", "multi_org", "second org listed"),
    ("College of Hydrology and Water Resources, Hohai University, Nanjing 210098, China; Nanjing University of Aeronautics and Astronautics, Nanjing 210016, China", "China", NDAA, "Nanjing University of Aeronautics and Astronautics", "multi_org", "first org unlisted, second listed"),
    ("Beijing Normal University, Beijing 100875, China; Beijing University of Posts and Telecommunications, Beijing 100876, China", "China", ASPI, "Beijing University of Posts and Telecommunications", "multi_org", "first org unlisted, second listed"),
    ("Xidian University, Xi'an 710071, China, and School of Engineering, University of Melbourne, Parkville VIC 3010, Australia", "China", ASPI, "Xidian University", "multi_org", "first org listed"),
]

# (text, country, form, note) -- label 0; target_source/target_name left empty
NEGATIVES = [
    # --- hard: other real institutions in the same cities / close names (China)
    ("College of Computer Science, Beijing University of Technology, Beijing 100124, China", "China", "hard_negative", "close to Beijing Institute of Technology"),
    ("School of Electronic and Information Engineering, Beijing Jiaotong University, Beijing 100044, China", "China", "hard_negative", "close to BUPT / Jiao Tong"),
    ("Beijing Normal University, Beijing 100875, China", "China", "hard_negative", "same city as listed universities"),
    ("North China Electric Power University, Beijing 102206, China", "China", "hard_negative", "close to North China University of Science and Technology / North University of China"),
    ("North China University of Technology, Beijing 100144, China", "China", "hard_negative", "close to North China University of Science and Technology"),
    ("Beijing Information Science and Technology University, Beijing 100192, China", "China", "hard_negative", "close to Beijing Electronic Science and Technology Institute"),
    ("University of Chinese Academy of Sciences, Beijing 100049, China", "China", "hard_negative", "CAS university; only some CAS institutes are listed"),
    ("Institute of Chemistry, Chinese Academy of Sciences, Beijing 100190, China", "China", "hard_negative", "unlisted CAS institute (cf. listed Institute of Physics)"),
    ("Institute of High Energy Physics, Chinese Academy of Sciences, Beijing 100049, China", "China", "hard_negative", "homonym: BIS lists the Russian Institute of High Energy Physics (Protvino); this is the CAS institute in Beijing"),
    ("Beijing Institute of Genomics, Chinese Academy of Sciences, Beijing 100101, China", "China", "hard_negative", "close to BGI"),
    ("Peking Union Medical College, Beijing 100730, China", "China", "hard_negative", "close to Peking University"),
    ("Chinese Academy of Medical Sciences, Beijing 100730, China", "China", "hard_negative", "close to Academy of Military Medical Sciences"),
    ("Harbin Medical University, Harbin 150081, China", "China", "hard_negative", "same city as HIT / HEU"),
    ("Northeast Forestry University, Harbin 150040, China", "China", "hard_negative", "same city as HIT / HEU"),
    ("Northwest University, Xi'an 710127, China", "China", "hard_negative", "close to Northwestern Polytechnical University"),
    ("Chang'an University, Xi'an 710064, China", "China", "hard_negative", "same city as NWPU / Xidian"),
    ("Xi'an University of Architecture and Technology, Xi'an 710055, China", "China", "hard_negative", "close to Xi'an Technological University"),
    ("Southwest Jiaotong University, Chengdu 611756, China", "China", "hard_negative", "close to Xi'an Jiaotong / same city as UESTC"),
    ("Chengdu University of Information Technology, Chengdu 610225, China", "China", "hard_negative", "close to UESTC"),
    ("Southwest University, Chongqing 400715, China", "China", "hard_negative", "close to Southwest University of Science and Technology"),
    ("Chongqing Medical University, Chongqing 400016, China", "China", "hard_negative", "close to Chongqing University"),
    ("East China Normal University, Shanghai 200241, China", "China", "hard_negative", "close to East China University of Technology"),
    ("School of Chemical Engineering, East China University of Science and Technology, Shanghai 200237, China", "China", "hard_negative", "close to East China University of Technology (listed)"),
    ("Shanghai Normal University, Shanghai 200234, China", "China", "hard_negative", "close to Shanghai University"),
    ("ShanghaiTech University, Shanghai 201210, China", "China", "hard_negative", "close to Shanghai University / USST"),
    ("Nankai University, Tianjin 300071, China", "China", "hard_negative", "same city as Tianjin University"),
    ("Tianjin University of Technology, Tianjin 300384, China", "China", "hard_negative", "close to Tianjin University"),
    ("Hebei University of Technology, Tianjin 300401, China", "China", "hard_negative", "close to Hebei University / Hebei University of Science and Technology"),
    ("Civil Aviation University of China, Tianjin 300300, China", "China", "hard_negative", "close to aviation universities"),
    ("Nanjing University of Information Science and Technology, Nanjing 210044, China", "China", "hard_negative", "close to Nanjing Institute of Information Technology / NJUST"),
    ("Jiangnan University, Wuxi 214122, China", "China", "hard_negative", "close to Jiangnan Social University / Wuxi Jiangnan Institute of Computing Technology"),
    ("Jiangsu University, Zhenjiang 212013, China", "China", "hard_negative", "close to Jiangsu University of Science and Technology (same city)"),
    ("Zhejiang University of Technology, Hangzhou 310014, China", "China", "hard_negative", "close to Zhejiang University"),
    ("Wuhan University of Science and Technology, Wuhan 430081, China", "China", "hard_negative", "close to Wuhan University of Technology"),
    ("Huazhong Agricultural University, Wuhan 430070, China", "China", "hard_negative", "close to Huazhong University of Science and Technology"),
    ("Hunan Normal University, Changsha 410081, China", "China", "hard_negative", "close to Hunan University"),
    ("Changsha University of Science and Technology, Changsha 410114, China", "China", "hard_negative", "same city as NUDT / close to Hunan University of Science and Technology"),
    ("Central South University of Forestry and Technology, Changsha 410004, China", "China", "hard_negative", "close to Central South University"),
    ("South China Normal University, Guangzhou 510631, China", "China", "hard_negative", "close to South China University of Technology"),
    ("Southern University of Science and Technology, Shenzhen 518055, China", "China", "hard_negative", "close to Shenzhen University / University of South China"),
    ("Dalian Maritime University, Dalian 116026, China", "China", "hard_negative", "same city as Dalian Naval Academy / DUT"),
    ("Shenyang University of Technology, Shenyang 110870, China", "China", "hard_negative", "close to Shenyang Ligong University (alias Shenyang Institute of Technology)"),
    ("Northeast Normal University, Changchun 130024, China", "China", "hard_negative", "close to Northeastern University"),
    ("Changchun University of Technology, Changchun 130012, China", "China", "hard_negative", "close to Changchun University of Science and Technology"),
    ("Lanzhou Jiaotong University, Lanzhou 730070, China", "China", "hard_negative", "close to Lanzhou University"),
    ("Shandong University of Science and Technology, Qingdao 266590, China", "China", "hard_negative", "close to Shandong University / Shandong University of Technology"),
    ("Zhengzhou University, Zhengzhou 450001, China", "China", "hard_negative", "same city as Information Engineering University"),
    ("Hefei University, Hefei 230601, China", "China", "hard_negative", "close to Hefei University of Technology"),
    ("China University of Geosciences (Beijing), Beijing 100083, China", "China", "hard_negative", "separate sister university of the listed China University of Geosciences (Wuhan)"),
    ("Zhejiang Uniview Technologies Co., Ltd., Hangzhou 310051, China", "China", "hard_negative", "close to Hikvision / Dahua"),

    # --- hard: Taiwan / Hong Kong names close to listed ones
    ("National Tsing Hua University, Hsinchu 30013, Taiwan", "Taiwan", "hard_negative", "close to Tsinghua University"),
    ("National Sun Yat-sen University, Kaohsiung 80424, Taiwan", "Taiwan", "hard_negative", "close to Sun Yat-sen University"),
    ("Soochow University, Taipei 11102, Taiwan", "Taiwan", "hard_negative", "homonym: ASPI lists Soochow University (Suzhou, China); this is the Taipei university"),
    ("National Yang Ming Chiao Tung University, Hsinchu 30010, Taiwan", "Taiwan", "hard_negative", "close to Shanghai Jiao Tong / Xi'an Jiaotong"),

    # --- hard: homonyms and near-homonyms abroad
    ("Northeastern University, Boston, MA 02115, USA", "United States", "hard_negative", "homonym: ASPI lists Northeastern University (Shenyang, China)"),
    ("Southeast University, Dhaka 1208, Bangladesh", "Bangladesh", "hard_negative", "homonym: ASPI lists Southeast University (Nanjing, China)"),
    ("National Defense University, Washington, DC 20319, USA", "United States", "hard_negative", "homonym: Canada NRO / NDAA list the PLA National Defense University (China)"),
    ("National Defence University, Islamabad, Pakistan", "Pakistan", "hard_negative", "homonym: PLA National Defense University is listed (China)"),
    ("Institute of Applied Physics, University of Bern, Bern 3012, Switzerland", "Switzerland", "hard_negative", "homonym: Canada NRO lists an Iranian Institute of Applied Physics"),
    ("Institute of Applied Physics, Friedrich Schiller University Jena, Jena 07745, Germany", "Germany", "hard_negative", "homonym: Canada NRO lists an Iranian Institute of Applied Physics"),
    ("Northwestern University, Evanston, IL 60208, USA", "United States", "hard_negative", "close to Northwestern Polytechnical University"),
    ("Air Force Institute of Technology, Wright-Patterson AFB, OH 45433, USA", "United States", "hard_negative", "close to Air Force Engineering University"),
    ("United States Naval Academy, Annapolis, MD 21402, USA", "United States", "hard_negative", "close to Naval Research Academy (alias 'Naval Academy')"),
    ("Air Force Research Laboratory, Wright-Patterson AFB, OH 45433, USA", "United States", "hard_negative", "close to Air Force Research Institute"),
    ("U.S. Army Research Laboratory, Adelphi, MD 20783, USA", "United States", "hard_negative", "close to Army Research Institute"),
    ("Institute of Physics, Polish Academy of Sciences, Warsaw 02-668, Poland", "Poland", "hard_negative", "close to CAS Institute of Physics"),
    ("Institute of Microelectronics, A*STAR, Singapore 138634", "Singapore", "hard_negative", "homonym: CAS Institute of Microelectronics (China) is listed"),
    ("Institut Pasteur, Paris 75015, France", "France", "hard_negative", "close to Pasteur Institute of Iran (whose alias is 'Pasteur Institute')"),
    ("Moscow State Institute of International Relations (MGIMO), Moscow 119454, Russia", "Russia", "hard_negative", "close to University of International Relations / Moscow State University"),
    ("Saint Petersburg State University, St Petersburg 199034, Russia", "Russia", "hard_negative", "close to Moscow State University"),
    ("Tomsk State University, Tomsk 634050, Russia", "Russia", "hard_negative", "close to Tomsk Polytechnic University (same city)"),
    ("Kazan Federal University, Kazan 420008, Russia", "Russia", "hard_negative", "close to Kazan National Research Technical University (KAI)"),
    ("Iran University of Science and Technology, Tehran 16846-13114, Iran", "Iran", "hard_negative", "close to Sharif University of Technology"),
    ("K. N. Toosi University of Technology, Tehran, Iran", "Iran", "hard_negative", "close to Sharif / Amirkabir University of Technology"),
    ("Shahid Beheshti University of Medical Sciences, Tehran, Iran", "Iran", "hard_negative", "separate institution from the listed Shahid Beheshti University"),

    # --- benign
    ("Department of Computer Science, University of Toronto, Toronto, ON M5S 2E4, Canada", "Canada", "benign", ""),
    ("McGill University, Montreal, QC H3A 0G4, Canada", "Canada", "benign", ""),
    ("University of British Columbia, Vancouver, BC V6T 1Z4, Canada", "Canada", "benign", ""),
    ("Massachusetts Institute of Technology, Cambridge, MA 02139, USA", "United States", "benign", ""),
    ("Department of Physics, Stanford University, Stanford, CA 94305, USA", "United States", "benign", ""),
    ("Cavendish Laboratory, University of Cambridge, Cambridge CB3 0HE, UK", "United Kingdom", "benign", ""),
    ("Imperial College London, London SW7 2AZ, UK", "United Kingdom", "benign", ""),
    ("School of Informatics, University of Edinburgh, Edinburgh EH8 9AB, UK", "United Kingdom", "benign", ""),
    ("ETH Zurich, 8092 Zurich, Switzerland", "Switzerland", "benign", ""),
    ("EPFL, 1015 Lausanne, Switzerland", "Switzerland", "benign", ""),
    ("Max Planck Institute for Polymer Research, Mainz 55128, Germany", "Germany", "benign", ""),
    ("Technical University of Munich, Garching 85748, Germany", "Germany", "benign", ""),
    ("Sorbonne Université, Paris 75005, France", "France", "benign", ""),
    ("Delft University of Technology, Delft 2628 CD, Netherlands", "Netherlands", "benign", ""),
    ("KU Leuven, Leuven 3001, Belgium", "Belgium", "benign", ""),
    ("Karolinska Institutet, Stockholm 171 77, Sweden", "Sweden", "benign", ""),
    ("University of Copenhagen, Copenhagen 2100, Denmark", "Denmark", "benign", ""),
    ("University of Oslo, Oslo 0316, Norway", "Norway", "benign", ""),
    ("The University of Tokyo, Tokyo 113-8656, Japan", "Japan", "benign", ""),
    ("Seoul National University, Seoul 08826, Republic of Korea", "South Korea", "benign", ""),
    ("KAIST, Daejeon 34141, Republic of Korea", "South Korea", "benign", ""),
    ("National University of Singapore, Singapore 117542", "Singapore", "benign", ""),
    ("School of Physics, University of Melbourne, Parkville VIC 3010, Australia", "Australia", "benign", ""),
    ("Australian National University, Canberra ACT 2601, Australia", "Australia", "benign", ""),
    ("University of Auckland, Auckland 1010, New Zealand", "New Zealand", "benign", ""),
    ("Indian Institute of Science, Bangalore 560012, India", "India", "benign", ""),
    ("Indian Institute of Technology Bombay, Mumbai 400076, India", "India", "benign", ""),
    ("Weizmann Institute of Science, Rehovot 7610001, Israel", "Israel", "benign", ""),
    ("University of Cape Town, Cape Town 7701, South Africa", "South Africa", "benign", ""),
    ("Universidade de São Paulo, São Paulo 05508-090, Brazil", "Brazil", "benign", ""),
    ("Universidad Nacional Autónoma de México, Mexico City 04510, Mexico", "Mexico", "benign", ""),
    ("CERN, 1211 Geneva 23, Switzerland", "Switzerland", "benign", ""),
]

COLUMNS = ["text", "country", "label", "target_source", "target_name", "form", "note"]


def rows():
    out = []
    for text, country, src, target, form, note in POSITIVES:
        out.append({"text": text, "country": country, "label": 1, "target_source": src,
                    "target_name": target, "form": form, "note": note})
    for text, country, form, note in NEGATIVES:
        out.append({"text": text, "country": country, "label": 0, "target_source": "",
                    "target_name": "", "form": form, "note": note})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = rows()
    texts = [r["text"] for r in data]
    dup = sorted({t for t in texts if texts.count(t) > 1})
    if dup:
        raise SystemExit("duplicate texts: %r" % dup)
    path = os.path.join(here, "org_matching_heldout.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(data)
    from collections import Counter
    print("wrote %s: %d rows (%d positive, %d negative)" % (
        path, len(data), sum(r["label"] for r in data), sum(1 - r["label"] for r in data)))
    for (lab, form), n in sorted(Counter((r["label"], r["form"]) for r in data).items()):
        print("  label=%d %-20s %d" % (lab, form, n))


if __name__ == "__main__":
    main()
