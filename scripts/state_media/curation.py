"""Curated corrections and filters for the State Media Matrix: data, not logic; each entry says why."""

from __future__ import annotations

import re

TYPOLOGIES = {
    "SC": "state-controlled media",
    "CaPu": "captured public media",
    "CaPr": "captured private media",
    "ISFM": "independent state-funded and state-managed media",
    "ISF": "independent state-funded media",
    "ISM": "independent state-managed media",
    "IP": "independent public media",
}

# --- Curated corrections: data, not logic. Each entry says why the CSV value cannot be used as it is. ---

# Countries spelled wrongly in the matrix.
COUNTRY_FIXES = {"Europen Union": "European Union"}

# "Media company" values that are notes rather than names, or that would leak a misleading alias.
COMPANY_FIXES = {
    # "Russia Today" is the literal translation of Rossiya Segodnya but the old brand of RT, a different outlet.
    "Rossiya Segodnya (Russia Today)": "Rossiya Segodnya",
    # Huanqiu Shibao is the Chinese title of the Global Times; the parenthesis makes it an alias.
    "Global Times or Huanqiu Shibao": "Global Times (Huanqiu Shibao)",
    "Turkuvaz Media Group or Daily Sabah itself": "Turkuvaz Media Group",
    "Medi1 Radio; Television: Medi1 TV": "Medi1",
    # The same broadcaster is spelled this way on its other rows.
    "UA:Pershyi (National Public Broadcasting Company of Ukraine)": (
        "National Public Broadcasting Company of Ukraine (UA:PBC)"
    ),
    # Typos, which would otherwise become aliases.
    "Ho Chi Min Television (HTV)": "Ho Chi Minh City Television (HTV)",
    "Kenya Broadcasting Corporatoon (KBC)": "Kenya Broadcasting Corporation (KBC)",
}

# "Main assets" values that are wrong or truncated; the fix uses the same "Name (alias)" syntax as the CSV.
NAME_FIXES = {
    # Zhōngguó Qīngnián Bào is China Youth Daily, which has its own row; it must not become China Daily's alias.
    "China Daily (Zhōngguó Qīngnián Bào)": "China Daily",
    "Kurier dailies - Lubelsk": "Kurier Lubelski",  # truncated title
    "Dziennik dailies - Pomorza": "Głos Pomorza",  # gp24.pl is Głos Pomorza; no "Dziennik Pomorza" exists
    "CTC Media- CTC": "CTC (CTC Media)",
    "MAP - News": "MAP News",
    "MAP - Express": "MAP Express",
    "People's Daily Online - Hong Kong": "People's Daily Online",
    # Publisher and title are swapped (and a parenthesis is unclosed): the title is what articles cite.
    "Al Ahram Publishing House (Al Ahram": "Al Ahram (Al Ahram Publishing House)",
    "Dar Al Tahrir Publishing House (Al Gomhuria": "Al Gomhuria (Dar Al Tahrir Publishing House)",
    "Akhbar Al Youm Foundation (Al Akhbar)": "Al Akhbar (Akhbar Al Youm)",
    "Dar Al Hilal Publishing House (Al Hilal)": "Al Hilal (Dar Al Hilal Publishing House)",
    "Rose Al Yousef Foundation (Rose al Yusuf)": "Rose al-Yusuf (Rose Al Yousef)",
    # One list was split over two rows: "Yicai Media Group (Television: Yicai TV, ..., CBN Weekly)".
    "Yicai Media Group (Television: Yicai TV": "Yicai TV (Yicai Media Group)",
    # Mediacorp's Malay station is branded "Ria 89.7FM"; a bare "Ria" would take RIA Novosti's short name.
    "Radio: Ria": "Ria 89.7FM",
    # Misspelt titles (the sites' own names: yenisafak.com, bukedde.co.ug, ...).
    "Yeni Safah": "Yeni Safak",
    "Television: Bukkede TV": "Bukedde TV",
    "Belruskaya Dumka": "Belaruskaya Dumka",
    "Narodnya Gazeta": "Narodnaya Gazeta",
}

# Rows that are another outlet under a different label: (country, cleaned name) -> the outlet they belong to.
# The label is kept as an alias.
CANONICAL = {
    ("Russia", "Sputnik News"): "Sputnik",  # the brand articles cite; the language editions fold into it
    ("Russia", "Russian RT"): "RT",
    # The acronyms are the brands articles use; the full names stay as aliases.
    ("China", "China Central Television"): "CCTV",
    ("China", "China Global Television Network"): "CGTN",
    ("China", "News CCTV"): "CCTV",
    ("China", "World Huanqiu"): "Global Times",  # world.huanqiu.com is the Global Times' Chinese site
    ("China", "ECNS"): "China News Service",  # its English site
    ("Venezuela", "TeleSUR English"): "TeleSUR",
    ("United States of America", "Golos Ameriki"): "Voice of America",  # VOA's Russian service
    ("United States of America", "Svoboda"): "Radio Free Europe/Radio Liberty",  # RFE/RL's Russian service
    ("Eritrea", "Eritrea Haddas"): "Haddas Eritrea",  # the same paper listed twice, words swapped
}

# Names journalists write that the matrix lacks: (country, outlet name) -> aliases.
CURATED_ALIASES = {
    ("China", "Xinhua"): ["Xinhua News Agency"],
    ("France", "France24"): ["France 24"],
    ("Indonesia", "Antara News"): ["Antara"],
    ("Iran", "Fars News Agency"): ["Fars", "FNA"],  # FNA also lets "FNA English" fold into this outlet
    ("Iran", "IRIB TV"): ["IRIB"],
    ("Iran", "Press TV"): ["PressTV"],
    ("Iran", "Tasnim News Agency"): ["Tasnim"],
    ("Portugal", "Lusa News Agency"): ["Lusa"],
    ("Qatar", "Al Jazeera"): ["AJ+"],  # ajplus.net is listed among its sites
    ("Russia", "Pervyy kanal"): ["Channel One", "Channel One Russia", "Perviy Kanal"],
    ("Russia", "RIA Novosti"): ["RIA"],
    ("Russia", "RT"): ["Russia Today"],  # RT's name until 2009, still common in articles
    ("Russia", "TASS"): ["ITAR-TASS"],  # the agency's name 1992-2014
    ("Saudi Arabia", "SPAce TV"): ["Saudi Press Agency"],  # the row's URL is the agency's own site
    ("South Korea", "Yonhap News Agency"): ["Yonhap"],
    ("Turkey", "Anadolu"): ["Anadolu Agency"],
    ("United States of America", "Middle East Broadcasting Networks"): ["Alhurra"],  # its site is alhurra.com
    ("United States of America", "Radio Free Asia"): ["RFA"],
    ("United States of America", "Radio Free Europe/Radio Liberty"): ["RFE/RL", "Radio Free Europe", "Radio Liberty"],
    ("United States of America", "Voice of America"): ["VOA"],
    ("Vietnam", "VOV"): ["Voice of Vietnam"],
}

# Hosts in the URL column that are not the outlet's own site, so a link to them says nothing about the outlet.
SKIP_DOMAINS = {
    "kcnawatch.org",  # an independent monitor (NK News), listed for Korean Central Television
    "exame.com",  # Brazil's Exame magazine, listed for Angola's Exame
    "diariooficial.gob.sv",  # El Salvador's official gazette, listed for the newspaper Diario El Salvador
}

# --- Filters ---

# A registry is looked up by lower-case name and alias, so an alias that is an everyday word or a generic
# media label would tag unrelated text ("Dr Smith", "the paper said", "Channel 5" in a UK story).
# Such aliases are dropped; an outlet whose own name is one is renamed "Name (Country)" so it keeps its
# domains without matching the bare word.
AMBIGUOUS = frozenset(
    {
        # generic media words
        "news", "radio", "tv", "television", "channel", "press", "agency", "daily", "times", "today",
        "online", "world", "international", "post", "star", "gold", "index", "mirror", "herald", "informer",
        "horizons", "liter", "public radio", "public television", "daily news", "news agency", "news service",
        "the paper", "the star", "the mirror", "the herald", "the chronicle", "the mercury", "the national",
        "the nation", "the new paper", "noticias", "national television", "national radio", "un radio",
        "radio nacional", "radio nationale", "la nation",
        # acronyms that are words or titles in English
        "air", "map", "spa", "dr", "mr", "ms", "hr", "st", "am", "fm", "pm", "uk", "us", "un", "eu", "it", "ct",
        "one", "first",
        # acronyms that also name big commercial networks in English-language news (NBC in Namibia vs the US
        # network, ABC in Australia vs the US network): a US story citing NBC News is not citing state media
        "nbc", "abc", "cbs", "fox", "cnn", "itv", "ctv", "tbs", "mbc", "sbs", "tv5", "rtl",
    }
)  # fmt: skip
# Names that the filter below would catch but that mean one outlet in English-language news.
UNAMBIGUOUS_NAMES = frozenset({("United Kingdom", "Channel 4")})
# "Channel 5", "Canal 13", "Kanal 7": every country has one.
CHANNEL_NUMBER = re.compile(r"^(?:channel|canal|kanal|tv|radio)\s*\d+$", re.IGNORECASE)
# Country names in other spellings; the CSV's own country names are added at run time.
COUNTRY_WORDS = frozenset({"türkiye", "turkiye", "qazaqstan", "oʻzbekiston", "ukraina", "rossiya", "россия"})

# --- Name parsing ---

# "News agency: Xinhua", "Print media: Orbe": the medium, not part of the name.
TYPE_PREFIX = re.compile(r"^(?:news agency|news portals?|television|print media|print|online|radio)\s*:\s*", re.I)
# "Gazeta dailies - Krakowska" is the title "Gazeta Krakowska".
DAILIES = re.compile(r"\s+dailies\s*-\s*", re.I)
LANGUAGES = frozenset(
    {
        "arabic", "chinese", "english", "farsi", "french", "georgian", "german", "greek", "italian", "japanese",
        "korean", "kurdi", "persian", "polish", "portuguese", "russian", "serbian", "spanish", "turkish", "urdu",
        "deutsch", "español", "français", "русский", "العربية",
    }
)  # fmt: skip
# A trailing word that names an edition of a base outlet: "CGTN Africa", "RT Documentary", "China Daily HK".
EDITIONS = LANGUAGES | {
    "africa",
    "america",
    "documentary",
    "europe",
    "france",
    "global",
    "hk",
    "international",
    "online",
    "usa",
    "world",
}
# Lower-case words allowed inside a name; any other lower-case word marks a note such as "(subsidiary of ...)".
CONNECTORS = frozenset(
    {
        "al",
        "and",
        "da",
        "das",
        "de",
        "del",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "e",
        "el",
        "en",
        "et",
        "i",
        "la",
        "le",
        "les",
        "of",
        "the",
        "van",
        "von",
        "y",
    }
)
NOTE_OPENERS = frozenset({"by", "control", "joint", "subsidiary", "focus"})
