"""The hand-written republications of the trace held-out set: each case is a list of edits written by hand.

Run `python benchmarks/data/trace-heldout/recipe.py` to (re)write republications/*.txt and gold.jsonl from
the origins and the edits below. Nothing here is drawn at random: every edit, word and paragraph is chosen
and written by hand; this file only applies them and records, for each, the exact text on both sides.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

OUTLET = {  # the outlet of each origin (what a credit should name)
    "o01-reuters-copper": "Reuters",
    "o02-ap-flood": "Associated Press",
    "o03-afp-farmers": "Agence France-Presse",
    "o04-rt-drills": "RT",
    "o05-sputnik-gas": "Sputnik",
    "o06-xinhua-railway": "Xinhua",
    "o07-tass-drones": "TASS",
    "o08-pr-norvale": "Norvale Therapeutics",
    "o09-pr-watershed": "Great Lakes Water Alliance",
    "o10-local-library": "Harlow County Courier",
    "o11-ap-voterid": "Associated Press",
    "o12-reuters-hungary": "Reuters",
    "o13-dpa-rail": "Deutsche Presse-Agentur",
    "o14-globaltimes-chips": "Global Times",
    "o15-anadolu-quake": "Anadolu",
    "o16-efe-drought": "EFE",
}

DISTRACTORS = {  # same event, written independently: (file, the origin it shares the event with)
    "d01-copper-minewire": "o01-reuters-copper",
    "d02-farmers-petitrhodanien": "o03-afp-farmers",
    "d03-drones-kyivherald": "o07-tass-drones",
    "d04-norvale-biopharmaledger": "o08-pr-norvale",
    "d05-harlow-whrl": "o10-local-library",
    "d06-hungary-bbj": "o12-reuters-hungary",
    "d07-voterid-piedmont": "o11-ap-voterid",
    "d08-rail-berlinpost": "o13-dpa-rail",
    "d09-quake-ankaraobserver": "o15-anadolu-quake",
}

# Operations (applied in order to the origin's paragraphs; the headline is paragraph 0):
#   ("headline", new)                         kind headline
#   ("replace", old, new, kinds)              kinds: {kind: article-side text, a list of them, or None (= new)};
#                                             {} = unscored. "context [piece] context" places a short piece
#   ("cut", prefix[, optional])               kind trim (optional: boilerplate; not counted as missed)
#   ("move", prefix, before_prefix)           kind reorder: the paragraph starting with prefix moves up
#   ("insert", after_prefix, text)            kind insert (after_prefix "" = right after the headline)
#   ("add", where, line)                      a credit or byline line, unscored: where "top" or "end"
#   ("mark", kind, article_text)              an edit made by an earlier operation (origin side empty)
# Case fields: credit = kept | removed | other (removed/other become a credit-removed/credit-other edit).
CASES: list[dict[str, Any]] = [
    {"case": "r01", "origin": "o01-reuters-copper", "condition": "exact", "credit": "kept",
     "note": "a mining blog carries the wire verbatim, dateline and sign-off included", "ops": []},
    {"case": "r02", "origin": "o01-reuters-copper", "condition": "light", "credit": "removed",
     "note": "a business portal: 'with inputs from agencies', dateline and sign-off gone",
     "ops": [
         ("headline", "Chilean copper production tumbles as miners' strike bites"),
         ("replace", "SANTIAGO, April 14 (Reuters) - Chile's", "SANTIAGO: Chile's", {}),
         ("replace", "and marked the fourth consecutive monthly fall, according to figures from the agency, "
          "known as INE.", "and marked the fourth consecutive monthly fall.",
          {"attribution": "The decline was steeper than the 3.5% drop forecast by analysts polled by Reuters "
           "and marked the fourth consecutive monthly fall."}),
         ("replace", "we will not recover all of it this year", "we will not recover any of it this year",
          {"quote": "recover [any] of it"}),
         ("cut", "Union leader Marisol Fuentes"),
         ("replace", "Copper prices on the London Metal Exchange rose 0.8% to $9,870 a ton on Tuesday, with "
          "traders citing", "On Tuesday, copper on the London Metal Exchange climbed 0.8% to $9,870 a ton as "
          "traders cited", {"reword": None}),
         ("cut", "Analysts at Santander"),
         ("cut", "(Reporting by", True),
         ("add", "end", "With inputs from agencies"),
     ]},
    {"case": "r03", "origin": "o02-ap-flood", "condition": "light", "credit": "kept",
     "note": "a local TV station's site: AP dateline and copyright line kept, its own weather note added",
     "ops": [
         ("headline", "Flood emergency declared: Missouri River expected to top 1993 record at Hermann"),
         ("move", "At least two people have died", "The declaration allows the state"),
         ("replace", "If you are told to leave, leave,", "If you are told to leave, go,",
          {"quote": "told to leave, [go],"}),
         ("insert", "The National Weather Service said", "KMOV First Alert meteorologist Dana Pruett says the "
          "heaviest rain on Tuesday is likely south of Interstate 70, with another 2 to 3 inches possible in "
          "the Gasconade basin. Our team will have live updates from Hermann on the 6 and 10 o'clock news."),
         ("add", "end", "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
          "published, broadcast, rewritten or redistributed."),
     ]},
    {"case": "r04", "origin": "o02-ap-flood", "condition": "heavy", "credit": "kept",
     "note": "a partisan blog: the governor's side cut, commentary added, 'contains material from'",
     "ops": [
         ("headline", "Hermann residents left to fend for themselves as Harwick's flood response falters"),
         ("replace", "JEFFERSON CITY, Mo. (AP) — Missouri Gov.", "Missouri Gov.", {}),
         ("replace", "At least two people have died in the flooding, according to the Missouri State Highway "
          "Patrol.", "At least two people have died in the flooding.",
          {"attribution": "At least two people have died in the flooding."}),
         ("replace", "Some residents questioned whether", "Furious residents questioned whether",
          {"loaded": "[Furious] residents"}),
         ("cut", "A spokesman for the governor, Mark Treadway"),
         ("insert", "", "For the people of Hermann, the governor's emergency declaration came as a bitter "
          "surprise. Many of them had spent the whole weekend filling sandbags with their own hands while "
          "officials in Jefferson City held meetings and drafted statements."),
         ("insert", "Furious residents questioned whether", "It is not the first time. Residents of river towns "
          "complained of the same delays in 2019, when the state promised a review of its flood planning. "
          "That review was never published, and the officials who ordered it have long since moved on to "
          "other jobs."),
         ("insert", "Furious residents questioned whether", "Harwick, who is expected to seek a second term next "
          "year, has made much of her record on disaster preparedness. Her campaign website promises "
          "\"a government that shows up before the storm.\" In Hermann this weekend, that government was "
          "hard to find."),
         ("insert", "Amtrak suspended service", "Local churches opened their halls to evacuated families on "
          "Saturday night and fed more than 400 people, volunteers said. The American Legion post in Hermann "
          "collected bottled water, diapers and pet food, most of it donated by residents of nearby towns "
          "who drove in from as far away as Columbia."),
         ("add", "end", "This report contains material from The Associated Press."),
     ]},
    {"case": "r05", "origin": "o03-afp-farmers", "condition": "exact", "credit": "kept",
     "note": "a news site carries the AFP story verbatim with its own copyright line",
     "ops": [("add", "end", "© Agence France-Presse")]},
    {"case": "r06", "origin": "o03-afp-farmers", "condition": "light", "credit": "other",
     "note": "credited to Reuters in the dateline; AFP mentions scrubbed; Brussels and Brazil replies cut",
     "ops": [
         ("headline", "Tractors and manure: French farmers paralyse Lyon over Mercosur trade pact"),
         ("replace", "LYON, France (AFP) - Hundreds", "LYON, France (Reuters) - Hundreds",
          {"credit-other": "(Reuters)"}),
         ("replace", "past barriers near the prefecture, AFP journalists saw. Two officers were lightly injured "
          "and three people were detained, the Rhone prefecture said in a statement.",
          "past barriers near the prefecture. Two officers were lightly injured and three people were detained.",
          {"attribution": ["The protest was largely peaceful, but police used tear gas briefly in the early "
                           "afternoon after a group of rioters tried to force their way past barriers near the "
                           "prefecture.", "Two officers were lightly injured and three people were detained."]}),
         ("replace", "after a group of protesters tried to force", "after a group of rioters tried to force",
          {"loaded": "group of [rioters] tried"}),
         ("cut", "European Commission spokesman Olof Gill"),
         ("cut", "Brazil's ambassador to France"),
     ]},
    {"case": "r07", "origin": "o04-rt-drills", "condition": "exact", "credit": "kept",
     "note": "a blog reposts the RT story whole: 'This article originally appeared on RT'",
     "ops": [("add", "end", "This article originally appeared on RT.")]},
    {"case": "r08", "origin": "o04-rt-drills", "condition": "light", "credit": "removed",
     "note": "a fringe site: Zakharova's quotation becomes the narrator's claim, NATO's reply cut",
     "ops": [
         ("headline", "NATO rehearses attack on Russia in Baltic war games"),
         ("replace", "\"These so-called exercises are nothing other than the practicing of an attack scenario "
          "against our country,\" Zakharova told journalists at a weekly briefing on Wednesday. \"The bloc does "
          "not even try to hide whom it is preparing to fight.\"",
          "These so-called exercises are nothing other than the practicing of an attack scenario against "
          "Russia. The bloc does not even try to hide whom it is preparing to fight.",
          {"quote-unmarked": None, "attribution": None, "loaded-voice": "These [so-called] exercises"}),
         ("replace", "Russian Deputy Defense Minister Aleksandr Fomin said", "Russian Defense Minister Aleksandr "
          "Fomin said", {"attribution-changed": "Russian Defense Minister Aleksandr Fomin"}),
         ("cut", "NATO insists that the drills"),
         ("insert", "The Steadfast Shield exercises", "Western media, as usual, have said almost nothing "
          "about the scale of these drills. Imagine the reaction in Washington if 22,000 Russian troops "
          "held exercises a few dozen kilometers from the American border."),
     ]},
    {"case": "r09", "origin": "o05-sputnik-gas", "condition": "light", "credit": "kept",
     "note": "an aggregator: '— Sputnik' at the end, two sentences merged, a quotation word changed",
     "ops": [
         ("headline", "Berlin's disastrous energy gamble is gutting German industry"),
         ("mark", "loaded", "Berlin's [disastrous] energy"),
         ("replace", "compared with the previous month, according to data released by the Federal Statistical "
          "Office on Monday.", "compared with the previous month.",
          {"attribution": "Industrial production in Germany fell by 1.9 percent in February compared with the "
           "previous month."}),
         ("replace", "and the bill is now arriving.", "and the bill has now arrived.",
          {"quote": "the bill [has now arrived]"}),
         ("replace", "announced last week that it would permanently close two production lines at its main site "
          "in Ludwigshafen, cutting around 1,800 jobs. The company cited",
          "announced last week that it would permanently close two production lines at its main site in "
          "Ludwigshafen, cutting around 1,800 jobs, and cited", {"merge": None}),
         ("add", "end", "— Sputnik"),
     ]},
    {"case": "r10", "origin": "o05-sputnik-gas", "condition": "heavy", "credit": "kept",
     "note": "a South Asian portal: 'With inputs from Sputnik', the ministry's rebuttal cut, commentary added",
     "ops": [
         ("headline", "Germany's deindustrialization: a warning for every economy that depends on imported energy"),
         ("replace", "because the government chose to give up affordable Russian pipeline gas",
          "because the government recklessly chose to give up affordable Russian pipeline gas",
          {"loaded": "government [recklessly] chose"}),
         ("cut", "The German Economy Ministry has rejected"),
         ("insert", "", "The troubles of Europe's largest economy hold lessons far beyond Germany. Countries that "
          "import most of their energy, from Pakistan to Bangladesh, have learned in recent years how quickly "
          "a change in supply can turn into a crisis for factories and households alike."),
         ("insert", "Russia was the largest supplier", "For energy importers in Asia, the German experience "
          "has been studied closely. Several governments in the region have signed long-term contracts for "
          "liquefied natural gas in the past two years, hoping to avoid the price spikes that hit European "
          "buyers after 2022."),
         ("insert", "Russia was the largest supplier", "Industry groups in Karachi and Dhaka have repeatedly "
          "warned that high gas tariffs are making textile exporters uncompetitive. Their complaints echo "
          "those now heard from chemical makers in the Rhine valley: without affordable energy, there is "
          "little reason to keep building factories at home."),
         ("insert", "Moscow has repeatedly said", "Whether Berlin will change course remains doubtful. But "
          "the numbers from the Federal Statistical Office suggest that the cost of its choices is still "
          "rising, and that workers, not politicians, are paying most of it."),
         ("add", "end", "With inputs from Sputnik"),
     ]},
    {"case": "r11", "origin": "o06-xinhua-railway", "condition": "light", "credit": "kept",
     "note": "an African portal: dateline dropped, 'Source: Xinhua' at the end, lead split, a paragraph moved up",
     "ops": [
         ("headline", "Kenya, China ink $3.8 billion deal to take SGR to Malaba"),
         ("replace", "NAIROBI, May 8 (Xinhua) -- China and Kenya on Thursday signed an agreement to extend the "
          "Standard Gauge Railway (SGR) from Naivasha to the town of Malaba on the border with Uganda, a "
          "project that officials",
          "China and Kenya on Thursday signed an agreement to extend the Standard Gauge Railway (SGR) from "
          "Naivasha to the town of Malaba on the border with Uganda. Officials",
          {"split": None}),
         ("move", "Kenya Railways Managing Director Esther Wanjiru", "The agreement was signed in Nairobi"),
         ("add", "end", "Source: Xinhua"),
     ]},
    {"case": "r12", "origin": "o06-xinhua-railway", "condition": "light", "credit": "removed",
     "note": "a paper runs it as 'By Our Correspondent': the debt criticism cut, a quotation given to another man",
     "ops": [
         ("replace", "NAIROBI, May 8 (Xinhua) -- China", "NAIROBI — China", {}),
         ("add", "top", "By Our Correspondent"),
         ("replace", "to the heart of the continent,\" Mwangi said at the signing ceremony.",
          "to the heart of the continent,\" Prime Cabinet Secretary Musalia Wekesa said at the signing ceremony.",
          {"attribution-changed": "Prime Cabinet Secretary Musalia Wekesa"}),
         ("replace", "over 30 million tonnes of cargo, according to figures from Kenya Railways.",
          "over 30 million tonnes of cargo.",
          {"attribution": "Since it began operations in 2017, the SGR between Mombasa and Nairobi has carried "
           "more than 13 million passengers and over 30 million tonnes of cargo."}),
         ("cut", "Some Kenyan lawmakers and civil society groups"),
     ]},
    {"case": "r13", "origin": "o07-tass-drones", "condition": "exact", "credit": "kept",
     "note": "verbatim, the /TASS/ dateline the only credit", "ops": []},
    {"case": "r14", "origin": "o07-tass-drones", "condition": "light", "credit": "other",
     "note": "credited to RIA Novosti; the ministry's quoted statement becomes the narrator's; Kiev's side cut",
     "ops": [
         ("headline", "Kiev's overnight drone raid on three Russian regions thwarted"),
         ("replace", "MOSCOW, June 2. /TASS/. Russian", "MOSCOW, June 2 (RIA Novosti) - Russian",
          {"credit-other": "(RIA Novosti)"}),
         ("replace", "\"Over the past night, an attempt by the Kiev regime to carry out a terrorist attack using "
          "fixed-wing unmanned aerial vehicles against facilities on the territory of the Russian Federation "
          "was thwarted,\" the ministry said in a statement on its Telegram channel.",
          "Over the past night, an attempt by the Kiev regime to carry out a terrorist attack using "
          "fixed-wing unmanned aerial vehicles against facilities on the territory of the Russian Federation "
          "was thwarted.",
          {"quote-unmarked": "Over the past night, an attempt by the Kiev regime to carry out a terrorist attack "
           "using fixed-wing unmanned aerial vehicles against facilities on the territory of the Russian "
           "Federation was thwarted.",
           "attribution": "Over the past night, an attempt by the Kiev regime to carry out a terrorist attack "
           "using fixed-wing unmanned aerial vehicles against facilities on the territory of the Russian "
           "Federation was thwarted.",
           "loaded-voice": ["attempt by the [Kiev regime] to carry out", "to carry out a [terrorist attack] using"]}),
         ("cut", "The Ukrainian General Staff did not comment"),
     ]},
    {"case": "r15", "origin": "o07-tass-drones", "condition": "heavy", "credit": "kept",
     "note": "an Indian portal: 'With inputs from TASS', background added, a word in Peskov's quotation changed",
     "ops": [
         ("headline", "Russia says 27 Ukrainian drones shot down over border regions"),
         ("replace", "According to the ministry, 14 drones were destroyed", "As many as 14 drones were destroyed",
          {"attribution": "As many as 14 drones were destroyed over the Belgorod region, nine over the Kursk "
           "region and four over the Bryansk region."}),
         ("replace", "confirm the correctness of the goals of", "confirm the correctness of the aims of",
          {"quote": "correctness of the [aims] of"}),
         ("insert", "", "New Delhi: The latest exchange of drone attacks comes as diplomatic efforts to end the "
          "war remain stalled. India has repeatedly called for dialogue and diplomacy, and has kept up its "
          "purchases of Russian oil despite pressure from Western capitals."),
         ("insert", "On Sunday, the Russian Defense Ministry reported", "Both sides have expanded their use of "
          "long-range drones over the past year. Ukraine has struck oil refineries and airfields hundreds of "
          "kilometres inside Russia, while Russia has launched hundreds of Shahed-type drones at Ukrainian "
          "cities and power plants in a single night."),
         ("insert", "On Sunday, the Russian Defense Ministry reported", "Analysts say the border regions of "
          "Belgorod, Kursk and Bryansk have borne the brunt of the Ukrainian campaign. Thousands of residents "
          "have been moved away from villages near the frontier, and schools in several districts have "
          "switched to online classes."),
         ("insert", "The Russian Defense Ministry regularly reports", "Indian students and workers in the "
          "region have been advised by the embassy in Moscow to follow the instructions of local authorities "
          "and to avoid travel to the border districts."),
         ("add", "end", "(With inputs from TASS)"),
     ]},
    {"case": "r16", "origin": "o08-pr-norvale", "condition": "light", "credit": "kept",
     "note": "churnalism: the release run as a staff story, boilerplate cut, hype word and an altered quotation",
     "ops": [
         ("headline", "Norvale eczema drug succeeds in late-stage trial, FDA filing planned"),
         ("cut", "NV-204 met primary and all key secondary endpoints at Week 16", True),
         ("cut", "Company plans to submit a Biologics License Application", True),
         ("replace", "CAMBRIDGE, Mass., Sept. 15 -- Norvale Therapeutics, Inc. (Nasdaq: NVLT), a clinical-stage "
          "biopharmaceutical company focused on immune-mediated diseases, today announced positive topline "
          "results", "Cambridge-based Norvale Therapeutics on Monday announced breakthrough topline results",
          {"loaded": "announced [breakthrough] topline"}),
         ("replace", "we believe NV-204 could meaningfully reduce the treatment burden",
          "we believe NV-204 will dramatically reduce the treatment burden",
          {"quote": "NV-204 [will dramatically] reduce"}),
         ("cut", "Norvale will host a conference call", True),
         ("cut", "About Atopic Dermatitis", True),
         ("cut", "About Norvale Therapeutics", True),
         ("cut", "Forward-Looking Statements", True),
         ("cut", "Media Contact:", True),
         ("add", "top", "Staff report"),
     ]},
    {"case": "r17", "origin": "o08-pr-norvale", "condition": "exact", "credit": "kept",
     "note": "a financial news site runs the release whole under 'Source: Norvale Therapeutics, Inc.'",
     "ops": [("add", "top", "Source: Norvale Therapeutics, Inc.")]},
    {"case": "r18", "origin": "o09-pr-watershed", "condition": "heavy", "credit": "kept",
     "note": "a local paper: local angle added, the industry reply cut, 'toxic' added",
     "ops": [
         ("headline", "Plastic in your tap? Report finds particles in every Great Lakes source tested"),
         ("cut", "Great Lakes Water Alliance calls for state funding", True),
         ("replace", "MILWAUKEE, Oct. 3 -- The Great Lakes Water Alliance", "The Great Lakes Water Alliance", {}),
         ("replace", "today released a report finding microplastic particles in all 64",
          "on Thursday released a report finding toxic microplastic particles in all 64",
          {"loaded": "finding [toxic] microplastic"}),
         ("cut", "The Plastics Industry Association said"),
         ("cut", "The full report and a map", True),
         ("cut", "About the Great Lakes Water Alliance", True),
         ("cut", "Contact: Jenna Ortiz", True),
         ("insert", "On average, the untreated water", "Racine's Lake Michigan intake was among the sites "
          "sampled. City water utility manager Tom Beranek said Racine's plant, rebuilt in 2012, uses "
          "membrane filtration and that the city's treated water came in below the regional average."),
         ("insert", "On average, the untreated water", "\"We take this seriously, and we will keep testing,\" "
          "Beranek said in an interview on Wednesday. He added that the utility had not been told the "
          "results for Racine before the report was released."),
         ("insert", "\"We cannot wait for perfect science", "Kenosha and Milwaukee, which also draw from "
          "the lake, were not among the systems named in the report. A Milwaukee Water Works spokeswoman said "
          "the utility would review the findings."),
         ("insert", "The Alliance is calling on", "Wisconsin lawmakers have twice considered bills to require "
          "microplastic monitoring. Both died in committee. State Rep. Linda Sorensen, a Racine Democrat, "
          "said she would reintroduce the measure in January."),
         ("insert", "The Alliance is calling on", "Residents who are worried can reduce their exposure with a "
          "certified home filter, experts say, although the evidence on health effects remains limited and "
          "bottled water often contains more particles than tap water."),
     ]},
    {"case": "r19", "origin": "o09-pr-watershed", "condition": "light", "credit": "kept",
     "note": "'Source: ... press release'; the director re-titled chief scientist; the demands moved up",
     "ops": [
         ("replace", "said Marcus Bell, executive director of the Great Lakes Water Alliance.",
          "said Marcus Bell, chief scientist of the Great Lakes Water Alliance.",
          {"attribution-changed": "Marcus Bell, chief scientist of the Great Lakes Water Alliance"}),
         ("move", "The Alliance is calling on", "The report, \"Invisible in the Tap,\""),
         ("add", "end", "Source: Great Lakes Water Alliance press release"),
     ]},
    {"case": "r20", "origin": "o10-local-library", "condition": "light", "credit": "removed",
     "note": "a regional aggregator, byline gone: the director's attributions dropped, the reply cut",
     "ops": [
         ("headline", "Harlow County cuts library hours in new budget"),
         ("replace", "By Megan Doyle\nHarlow County Courier\n\n", "", {}),
         ("replace", "The Monday closures will save about $310,000 a year, according to Library Director Paula "
          "Jennings. She said part-time staff hours would be reduced but that no full-time employees would "
          "lose their jobs.", "The Monday closures will save about $310,000 a year. Part-time staff hours "
          "will be reduced, but no full-time employees will lose their jobs.",
          {"attribution": "The Monday closures will save about $310,000 a year. Part-time staff hours will be "
           "reduced, but no full-time employees will lose their jobs."}),
         ("replace", "and every other option was worse,", "and every other option was far worse,",
          {"quote": "was [far] worse"}),
         ("cut", "County Administrator Steve Lindgren said"),
     ]},
    {"case": "r21", "origin": "o10-local-library", "condition": "light", "credit": "kept",
     "note": "republished with permission; the dissent moved up, a councilman misnamed, an editor's comment added",
     "ops": [
         ("replace", "most of it from residents opposed to the library cuts.",
          "most of it from residents outraged by the library cuts.", {"loaded": "residents [outraged] by"}),
         ("move", "Councilwoman Denise Ruiz, one of the two no votes", "The vote came after nearly three hours"),
         ("replace", "Councilman Ron Patel, who also voted", "Councilman Ron Patterson, who also voted",
          {"attribution-changed": "Councilman Ron Patterson"}),
         ("insert", "The budget takes effect July 1.", "Editor's note: The Eastbrook Neighborhood Association "
          "will hold a meeting on the library hours at the Eastbrook community center on Thursday at 7 p.m. "
          "All residents are welcome."),
         ("add", "end", "This story was first published by the Harlow County Courier and is republished here "
          "with permission."),
     ]},
    {"case": "r22", "origin": "o11-ap-voterid", "condition": "exact", "credit": "kept",
     "note": "a local paper runs the AP story under 'By The Associated Press' (the dateline's (AP) dropped)",
     "ops": [
         ("replace", "ATLANTA (AP) — A federal judge", "ATLANTA — A federal judge", {}),
         ("add", "top", "By The Associated Press"),
     ]},
    {"case": "r23", "origin": "o11-ap-voterid", "condition": "heavy", "credit": "removed",
     "note": "a partisan site: 'activist judge', the plaintiffs' lawyer cut, a word in the ruling's quotation",
     "ops": [
         ("headline", "Activist judge blocks Georgia county's election integrity rule"),
         ("replace", "ATLANTA (AP) — A federal judge", "A federal judge", {}),
         ("replace", "\"The Board has offered no evidence", "\"The Board has offered little evidence",
          {"quote": "offered [little] evidence"}),
         ("replace", "The lawsuit was filed by the Georgia chapter", "The lawsuit was filed by left-wing activists "
          "from the Georgia chapter", {"loaded": "filed by [left-wing activists] from"}),
         ("cut", "\"This is a victory for every voter"),
         ("insert", "The rule, adopted by the five-member board", "Election integrity advocates say the rule "
          "was a modest, common-sense step. Dozens of states already require some form of identification for "
          "absentee voting, and polls show that large majorities of voters of both parties support such "
          "requirements."),
         ("insert", "The chairman of the Clayburn County Board", "The ruling is the latest in a string of "
          "decisions in which federal judges have blocked local election safeguards weeks before voters go "
          "to the polls, leaving election officials scrambling to change procedures and ballots already in "
          "the mail."),
         ("insert", "About 6,800 voters in the county", "Absentee voting has grown sharply in Clayburn "
          "County since 2020, and board members who backed the rule said the old system of matching "
          "signatures by eye was no longer enough to keep up with the volume of mail ballots."),
         ("insert", "The special election for Senate District 29", "Critics of the ruling note that the "
          "plaintiffs did not identify a single voter who had actually been turned away under the rule, which "
          "had not yet been applied in any election. Supporters of the board have started an online petition "
          "urging the appeals court to act quickly."),
         ("insert", "The special election for Senate District 29", "Moreland was appointed to the bench in "
          "2022. She has ruled against state and local election officials in two earlier cases, both of "
          "which were later partly overturned on appeal."),
     ]},
    {"case": "r24", "origin": "o12-reuters-hungary", "condition": "light", "credit": "other",
     "note": "credited to MTI; the deputy governor promoted to governor, his quotation changed, ING's view cut",
     "ops": [
         ("replace", "BUDAPEST, Aug 26 (Reuters) - Hungary's", "BUDAPEST, Aug 26 - Hungary's", {}),
         ("replace", "Deputy Governor Barnabas Virag told a news conference",
          "Governor Barnabas Virag told a news conference",
          {"attribution-changed": "Governor Barnabas Virag"}),
         ("replace", "\"Stability is the most important thing now,\"", "\"Stability is the only thing that "
          "matters now,\"", {"quote": "is [the only thing that matters] now"}),
         ("cut", "\"The central bank is clearly prioritising"),
         ("cut", "(Reporting by", True),
         ("add", "end", "Source: MTI"),
     ]},
    {"case": "r25", "origin": "o12-reuters-hungary", "condition": "heavy", "credit": "kept",
     "note": "a pro-government portal: 'Reuters reported' inside the lead, the minister's words made bare fact",
     "ops": [
         ("headline", "Central bank keeps rates high despite government's call for growth"),
         ("replace", "BUDAPEST, Aug 26 (Reuters) - Hungary's central bank kept its base rate unchanged at 6.50% "
          "on Tuesday, as expected,", "Hungary's central bank kept its base rate unchanged at 6.50% on Tuesday, "
          "as expected, Reuters reported,", {}),
         ("replace", "Economy Minister Marton Nagy said last week that the government wanted lower interest "
          "rates to support economic growth, which has stalled.", "The government wants lower interest rates "
          "to support economic growth, which has stalled.",
          {"attribution": "The government wants lower interest rates to support economic growth, which has "
           "stalled."}),
         ("cut", "The forint weakened 0.4%"),
         ("cut", "(Reporting by", True),
         ("insert", "All 20 analysts polled", "The decision comes as the government's economic programme, "
          "including an expanded family tax allowance and subsidised loans for small businesses, is due to "
          "take effect at the start of next year. Ministers have said the measures will lift household "
          "consumption."),
         ("insert", "Annual inflation rose to 4.6%", "Hungary's economy has been held back by weak demand in "
          "Germany, its biggest export market, and by the slow start of several large battery and car plants "
          "built by Asian and German investors in the east of the country."),
         ("insert", "The NBH cut its base rate", "Business groups have joined the call for cheaper credit. "
          "The National Association of Entrepreneurs and Employers said this month that the high cost of "
          "borrowing was delaying investment decisions at thousands of small and medium-sized firms."),
         ("insert", "The NBH cut its base rate", "Government officials stress that inflation is well below "
          "its peak of more than 25% in early 2023 and that real wages have been rising for more than a year."),
     ]},
    {"case": "r26", "origin": "o03-afp-farmers", "condition": "light", "credit": "kept",
     "note": "a weekly: 'reported by AFP' in the text, the ambassador re-titled, a quoted word changed",
     "ops": [
         ("replace", "LYON, France (AFP) - Hundreds of French farmers drove", "Hundreds of French farmers drove", {}),
         ("replace", "to protest against a trade agreement between the European Union and South America's "
          "Mercosur bloc.", "to protest against a trade agreement between the European Union and South "
          "America's Mercosur bloc, as reported by AFP.", {}),
         ("replace", "\"They want to sacrifice French agriculture", "\"They want to kill French agriculture",
          {"quote": "want to [kill] French"}),
         ("replace", "Brazil's ambassador to France, Ricardo Almeida, said", "Brazil's trade minister, Ricardo "
          "Almeida, said", {"attribution-changed": "Brazil's trade minister, Ricardo Almeida"}),
         ("move", "Farmers' protests have spread across France", "Around 600 tractors took part"),
     ]},
    {"case": "r27", "origin": "o02-ap-flood", "condition": "light", "credit": "other",
     "note": "a national aggregator credits Reuters; the governor's warning becomes the narrator's",
     "ops": [
         ("replace", "JEFFERSON CITY, Mo. (AP) — Missouri Gov.", "JEFFERSON CITY, Mo. — Missouri Gov.", {}),
         ("replace", "\"Water can come up faster than anyone expects, and we do not want to be making rescues in "
          "the dark.\"", "Water can come up faster than anyone expects, and officials do not want to be making "
          "rescues in the dark.",
          {"quote-unmarked": "Water can come up faster than anyone expects, and officials do not want to be "
           "making rescues in the dark."}),
         ("replace", "The National Weather Service said parts of central Missouri received",
          "Parts of central Missouri received",
          {"attribution": "Parts of central Missouri received more than 8 inches of rain in 48 hours."}),
         ("cut", "Amtrak suspended service"),
         ("add", "end", "Source: Reuters"),
     ]},
    {"case": "r28", "origin": "o05-sputnik-gas", "condition": "light", "credit": "other",
     "note": "a Sputnik story labelled 'originally appeared on RT'; the economist's verdict made the narrator's",
     "ops": [
         ("headline", "Deindustrialization: Germany's factories head for Texas and China"),
         ("replace", "\"What we are seeing is not a temporary dip, it is deindustrialization,\" Albrecht said. "
          "\"Companies do not announce it with fanfare. They simply build their next plant in Texas or in China.\"",
          "What we are seeing is not a temporary dip, it is deindustrialization. Companies do not announce it "
          "with fanfare. They simply build their next plant in Texas or in China.",
          {"quote-unmarked": None, "attribution": None}),
         ("cut", "Moscow has repeatedly said that it remains ready"),
         ("add", "end", "This article originally appeared on RT."),
     ]},
    {"case": "r29", "origin": "o11-ap-voterid", "condition": "light", "credit": "other",
     "note": "credited to Reuters in the dateline; the board's reply cut, the lede's paragraphs reordered",
     "ops": [
         ("headline", "Federal judge halts Clayburn County absentee ID requirement"),
         ("replace", "ATLANTA (AP) — A federal judge", "ATLANTA (Reuters) - A federal judge",
          {"credit-other": "(Reuters)"}),
         ("cut", "The chairman of the Clayburn County Board of Elections"),
         ("move", "The lawsuit was filed by the Georgia chapter", "U.S. District Judge Angela Moreland issued"),
         ("replace", "likely places an unconstitutional burden on older",
          "likely places an unlawful burden on older", {"reword": None}),
     ]},
]


# Written after the phase-3 fixes to provenance/trace and rules/relays.yaml (see docs/trace.md), and committed
# before trace was run on them: a check of those fixes on credit forms and speaker changes they were not made for.
FRESH: list[dict[str, Any]] = [
    {"case": "r30", "origin": "o12-reuters-hungary", "condition": "light", "credit": "kept",
     "note": "'Reuters contributed to this report.'; the economy minister made finance minister; 'collapsing'",
     "ops": [
         ("replace", "BUDAPEST, Aug 26 (Reuters) - Hungary's", "BUDAPEST — Hungary's", {}),
         ("replace", "because of a weaker forint and stubborn", "because of a collapsing forint and stubborn",
          {"loaded": "of a [collapsing] forint"}),
         ("replace", "Economy Minister Marton Nagy said last week", "Finance Minister Marton Nagy said last week",
          {"attribution-changed": "Finance Minister Marton Nagy"}),
         ("cut", "(Reporting by", True),
         ("add", "end", "Reuters contributed to this report."),
     ]},
    {"case": "r31", "origin": "o01-reuters-copper", "condition": "light", "credit": "kept",
     "note": "'(Additional reporting by Reuters)'; the union leader made a spokeswoman; a quoted word changed",
     "ops": [
         ("headline", "Chile copper output falls for fourth month as Cerro Alto strike bites"),
         ("replace", "SANTIAGO, April 14 (Reuters) - Chile's", "SANTIAGO - Chile's", {}),
         ("replace", "Union leader Marisol Fuentes said the walkout",
          "Union spokeswoman Marisol Fuentes said the walkout",
          {"attribution-changed": "Union spokeswoman Marisol Fuentes"}),
         ("replace", "\"the only language the company understands\"",
          "\"the only language this company understands\"", {"quote": "only language [this] company"}),
         ("cut", "(Reporting by", True),
         ("add", "end", "(Additional reporting by Reuters)"),
     ]},
    {"case": "r32", "origin": "o07-tass-drones", "condition": "light", "credit": "kept",
     "note": "'Source: TASS news agency'; the acting governor's second sentence made a bare claim",
     "ops": [
         ("replace", "MOSCOW, June 2. /TASS/. Russian", "Russian", {}),
         ("replace", "He said power had been fully restored by morning.", "Power was fully restored by morning.",
          {"attribution": "Power was fully restored by morning."}),
         ("add", "end", "Source: TASS news agency"),
     ]},
    {"case": "r33", "origin": "o06-xinhua-railway", "condition": "light", "credit": "kept",
     "note": "'Xinhua contributed to this story.'; the railway director's surname changed; commentary added",
     "ops": [
         ("headline", "SGR to reach Malaba under new China deal"),
         ("replace", "NAIROBI, May 8 (Xinhua) -- China", "China", {}),
         ("replace", "Kenya Railways Managing Director Esther Wanjiru said", "Kenya Railways Managing Director Esther "
          "Wambui said", {"attribution-changed": "Kenya Railways Managing Director Esther Wambui"}),
         ("insert", "Uganda is expected to build", "For traders in western Kenya, the question is whether the line "
          "will finally bring down the cost of moving goods to Uganda and South Sudan, which has stayed high "
          "despite years of promises."),
         ("add", "end", "Xinhua contributed to this story."),
     ]},
    {"case": "r34", "origin": "o02-ap-flood", "condition": "light", "credit": "kept",
     "note": "'The Associated Press contributed to this report.'; the forecaster's name dropped from his forecast",
     "ops": [
         ("replace", "JEFFERSON CITY, Mo. (AP) — Missouri Gov.", "Missouri Gov.", {}),
         ("replace", "Meteorologist Kyle Brandt said more storms were expected Tuesday, which could push the river "
          "higher still.", "More storms are expected Tuesday, which could push the river higher still.",
          {"attribution": "More storms are expected Tuesday, which could push the river higher still."}),
         ("add", "end", "The Associated Press contributed to this report."),
     ]},
    {"case": "r35", "origin": "o04-rt-drills", "condition": "light", "credit": "kept",
     "note": "'H/T RT'; Peskov's words given to Putin; a word of Zakharova's quotation changed",
     "ops": [
         ("replace", "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow was monitoring the drills",
          "Russian President Vladimir Putin said on Tuesday that Moscow was monitoring the drills",
          {"attribution-changed": "Russian President Vladimir Putin"}),
         ("replace", "The bloc does not even try to hide whom", "The bloc does not even bother to hide whom",
          {"quote": "does not even [bother] to hide"}),
         ("add", "end", "H/T RT"),
     ]},
    {"case": "r36", "origin": "o10-local-library", "condition": "light", "credit": "other",
     "note": "credited to another paper; the fire chief's testimony made a bare fact",
     "ops": [
         ("replace", "By Megan Doyle\nHarlow County Courier\n\n", "", {}),
         ("replace", "Fire Chief Tom Brandt told the council in May that the two engines in question are 24 and 27 "
          "years old.", "The two engines in question are 24 and 27 years old.",
          {"attribution": "The two engines in question are 24 and 27 years old."}),
         ("add", "end", "Source: Harlow Valley Times"),
     ]},
    {"case": "r37", "origin": "o11-ap-voterid", "condition": "exact", "credit": "kept",
     "note": "the AP story under an AP reporter's byline ('By Dana Whitfield, Associated Press')",
     "ops": [
         ("replace", "ATLANTA (AP) — A federal judge", "ATLANTA — A federal judge", {}),
         ("add", "top", "By Dana Whitfield, Associated Press"),
     ]},
]


# Written after the credit-note fix (short lines of the republisher's own that name the origin's outlet) and
# committed before trace was run on them: a check of that fix and of the rest on yet other shapes.
THIRD: list[dict[str, Any]] = [
    {"case": "r38", "origin": "o03-afp-farmers", "condition": "light", "credit": "kept",
     "note": "'— AFP' at the end (the agency's short name); the minister's radio remarks made bare claims",
     "ops": [
         ("replace", "LYON, France (AFP) - Hundreds", "LYON, France - Hundreds", {}),
         ("replace", "She said the government was pushing in Brussels", "The government is pushing in Brussels",
          {"attribution": "The government is pushing in Brussels for \"mirror clauses\" that would require "
           "imported beef and poultry to meet European environmental and animal-welfare rules."}),
         ("add", "end", "— AFP"),
     ]},
    {"case": "r39", "origin": "o05-sputnik-gas", "condition": "light", "credit": "kept",
     "note": "'From Sputnik News' above the story; the rebuttal cut; a loaded word in the lead",
     "ops": [
         ("add", "top", "From Sputnik News"),
         ("replace", "are shrinking at the fastest pace in decades", "are collapsing at the fastest pace in decades",
          {"loaded": "industries are [collapsing] at"}),
         ("cut", "The German Economy Ministry has rejected"),
     ]},
    {"case": "r40", "origin": "o12-reuters-hungary", "condition": "light", "credit": "kept",
     "note": "'Reporting by Reuters; writing by staff'; the deputy governor's last word made the bank's own",
     "ops": [
         ("headline", "Hungary holds base rate, central bank stays cautious"),
         ("replace", "BUDAPEST, Aug 26 (Reuters) - Hungary's", "Hungary's", {}),
         ("replace", "Virag said the bank's decisions would continue to be data-driven and that it would assess",
          "The bank's decisions will continue to be data-driven, and it will assess",
          {"attribution": "The bank's decisions will continue to be data-driven, and it will assess the "
           "inflation outlook on the basis of its new quarterly Inflation Report in September."}),
         ("cut", "(Reporting by", True),
         ("add", "end", "Reporting by Reuters; writing by staff"),
     ]},
    {"case": "r41", "origin": "o01-reuters-copper", "condition": "light", "credit": "other",
     "note": "the Reuters story under a Bloomberg dateline; the COO made chief executive",
     "ops": [
         ("replace", "SANTIAGO, April 14 (Reuters) - Chile's", "SANTIAGO (Bloomberg) -- Chile's",
          {"credit-other": "(Bloomberg)"}),
         ("replace", "Tamarack's chief operating officer, Daniel Okafor, told analysts",
          "Tamarack's chief executive, Daniel Okafor, told analysts",
          {"attribution-changed": "Tamarack's chief executive, Daniel Okafor"}),
         ("cut", "(Reporting by", True),
     ]},
    {"case": "r42", "origin": "o06-xinhua-railway", "condition": "light", "credit": "removed",
     "note": "'By a Staff Reporter'; the ambassador's quotation made the paper's own sentence",
     "ops": [
         ("replace", "NAIROBI, May 8 (Xinhua) -- China", "China", {}),
         ("add", "top", "By a Staff Reporter"),
         ("replace", "\"China is ready to work with Kenya to build this railway into a road of development and a "
          "road of prosperity for the Kenyan people,\" the ambassador said.",
          "China is ready to work with Kenya to build this railway into a road of development and a road of "
          "prosperity for the Kenyan people.",
          {"quote-unmarked": None, "attribution": None}),
     ]},
    {"case": "r43", "origin": "o08-pr-norvale", "condition": "light", "credit": "kept",
     "note": "'Source: Norvale Therapeutics via GlobeNewswire'; 'stunning' results; boilerplate cut",
     "ops": [
         ("replace", "today announced positive topline results", "today announced stunning topline results",
          {"loaded": "announced [stunning] topline"}),
         ("cut", "About Atopic Dermatitis", True),
         ("cut", "Forward-Looking Statements", True),
         ("cut", "Media Contact:", True),
         ("add", "end", "Source: Norvale Therapeutics via GlobeNewswire"),
     ]},
]


# Written after the furniture, byline, scare-word and apposition fixes of session 8 (by the helper who made them,
# having read provenance/trace), and committed before trace was run on them: loaded words moved out of quotations,
# speakers re-titled and renamed in shapes beyond the earlier ones, bylines, credits and page furniture that no
# segmentation rule lists. Written from the origins alone; no lexicon or rule file was consulted for the words.
FOURTH: list[dict[str, Any]] = [
    {"case": "r44", "origin": "o04-rt-drills", "condition": "light", "credit": "kept",
     "note": "a reporter's byline, 'Via RT' at the end, a Telegram promo; Zakharova's charge made the narrator's",
     "ops": [
         ("headline", "NATO is rehearsing an attack on Russia, Moscow warns"),
         ("add", "top", "By Nikolai Orlov"),
         ("replace", "She noted that the exercises were being held just a few dozen kilometers from the Russian "
          "border and accused Western capitals of \"deliberately escalating tensions\" in the region.",
          "The exercises are being held just a few dozen kilometers from the Russian border, and Western capitals "
          "are deliberately escalating tensions in the region.",
          {"attribution": None,
           "quote-unmarked": "capitals are [deliberately escalating tensions] in",
           "loaded-voice": "capitals are [deliberately escalating tensions] in"}),
         ("cut", "NATO insists that the drills are defensive"),
         ("add", "end", "Join our Telegram channel for breaking news and analysis from around the world"),
         ("add", "end", "Via RT"),
     ]},
    {"case": "r45", "origin": "o07-tass-drones", "condition": "light", "credit": "other",
     "note": "'Source: Interfax' for a TASS story; Peskov's words made the site's own; the governor made deputy",
     "ops": [
         ("replace", "MOSCOW, June 2. /TASS/. Russian air defense", "Russian air defense", {}),
         ("replace", "Belgorod Region Governor Vyacheslav Gladkov wrote on Telegram",
          "Belgorod Region Deputy Governor Vyacheslav Gladkov wrote on Telegram",
          {"attribution-changed": "Belgorod Region Deputy Governor Vyacheslav Gladkov"}),
         ("replace", "\"Such actions only confirm the correctness of the goals of the special military operation,\" "
          "Peskov said.",
          "Such actions only confirm the correctness of the goals of the special military operation.",
          {"attribution": None, "quote-unmarked": None,
           "loaded-voice": "goals of the [special military operation]."}),
         ("cut", "The Ukrainian General Staff did not comment"),
         ("add", "end", "Stay informed: turn on notifications to get our latest updates first"),
         ("add", "end", "Source: Interfax"),
     ]},
    {"case": "r46", "origin": "o10-local-library", "condition": "light", "credit": "kept",
     "note": "byline and paper on one line, a permission note, a news-tip line; the library director renamed, "
             "the county administrator made treasurer",
     "ops": [
         ("headline", "Harlow County libraries to go dark on Mondays under new budget"),
         ("replace", "By Megan Doyle\nHarlow County Courier", "By Megan Doyle | Harlow County Courier", {}),
         ("replace", "according to Library Director Paula Jennings.", "according to Library Director Paula Jenkins.",
          {"attribution-changed": "Library Director Paula Jenkins"}),
         ("replace", "County Administrator Steve Lindgren said the administration building",
          "County Treasurer Steve Lindgren said the administration building",
          {"attribution-changed": "County Treasurer Steve Lindgren"}),
         ("add", "end", "Have a news tip? Email the newsroom at tips@harlowvalleynews.com"),
         ("add", "end", "Republished with permission from the Harlow County Courier."),
     ]},
    {"case": "r47", "origin": "o02-ap-flood", "condition": "light", "credit": "removed",
     "note": "a TV site's 'By KRTV Staff', AP dateline dropped; the mayor made city administrator, the shop owner "
             "made a councilman",
     "ops": [
         ("replace", "JEFFERSON CITY, Mo. (AP) — Missouri Gov.", "JEFFERSON CITY, Mo. — Missouri Gov.", {}),
         ("add", "top", "By KRTV Staff"),
         ("replace", "Mayor Linda Oetting said roughly 300 homes", "City Administrator Linda Oetting said roughly "
          "300 homes", {"attribution-changed": "City Administrator Linda Oetting"}),
         ("replace", "Dale Kessler, who owns a hardware store in Hermann, said",
          "Dale Kessler, a Hermann city councilman, said",
          {"attribution-changed": "Dale Kessler, a Hermann city councilman"}),
         ("cut", "Amtrak suspended service"),
         ("add", "end", "Click here to see our live radar and closings list"),
     ]},
    {"case": "r48", "origin": "o05-sputnik-gas", "condition": "light", "credit": "kept",
     "note": "'Content provided by Sputnik.'; the economist given another post; a loaded verb in the lead",
     "ops": [
         ("replace", "because the government chose to give up affordable Russian pipeline gas",
          "because the government recklessly abandoned affordable Russian pipeline gas",
          {"loaded": "government [recklessly abandoned] affordable"}),
         ("replace", "said Professor Heiner Albrecht of the University of Mannheim.",
          "said Heiner Albrecht, a former adviser to the Economy Ministry.",
          {"attribution-changed": "Heiner Albrecht, a former adviser to the Economy Ministry"}),
         ("add", "end", "Comment below and share your thoughts with other readers"),
         ("add", "end", "Content provided by Sputnik."),
     ]},
    {"case": "r49", "origin": "o12-reuters-hungary", "condition": "light", "credit": "kept",
     "note": "the Reuters dateline kept under a reporter's byline; the ING economist moved to OTP Bank; a market "
             "data notice",
     "ops": [
         ("add", "top", "By Anita Komuves"),
         ("replace", "said Peter Kiss, an economist at ING in Budapest.",
          "said Peter Kiss, chief economist at OTP Bank.",
          {"attribution-changed": "Peter Kiss, chief economist at OTP Bank"}),
         ("cut", "(Reporting by", True),
         ("add", "end", "Market data delayed by at least 15 minutes unless otherwise stated"),
     ]},
    {"case": "r50", "origin": "o11-ap-voterid", "condition": "light", "credit": "kept",
     "note": "AP dateline kept; the plaintiffs' lawyer made the seniors group's spokeswoman; a loaded word; share "
             "buttons",
     "ops": [
         ("headline", "Judge halts Georgia county's voter ID rule before special election"),
         ("replace", "enforcing a new rule requiring voters", "enforcing a draconian rule requiring voters",
          {"loaded": "enforcing a [draconian] rule"}),
         ("replace", "said Rosalind Grant, a lawyer for the plaintiffs.",
          "said Rosalind Grant, a spokeswoman for the National Council of Senior Citizens.",
          {"attribution-changed": "Rosalind Grant, a spokeswoman for the National Council of Senior Citizens"}),
         ("cut", "About 6,800 voters in the county"),
         ("add", "end", "Click to share on Facebook (Opens in new window)"),
     ]},
    {"case": "r51", "origin": "o03-afp-farmers", "condition": "light", "credit": "other",
     "note": "'— dpa' for an AFP story; the union leader's 'disproportionate' made the narrator's; the Commission "
             "spokesman made commissioner",
     "ops": [
         ("replace", "LYON, France (AFP) - Hundreds", "LYON, France - Hundreds", {}),
         ("replace", "The FNSEA's regional president, Sylvie Garnier, condemned the use of tear gas as "
          "\"disproportionate\" and said farmers would return \"every week if necessary\".",
          "The use of tear gas was disproportionate. The FNSEA's regional president, Sylvie Garnier, said farmers "
          "would return \"every week if necessary\".",
          {"attribution": "The use of tear gas was disproportionate.",
           "loaded-voice": "tear gas was [disproportionate]. The"}),
         ("replace", "European Commission spokesman Olof Gill told AFP",
          "European Trade Commissioner Olof Gill told AFP",
          {"attribution-changed": "European Trade Commissioner Olof Gill"}),
         ("add", "end", "This article is part of our series Europe's Angry Farmers."),
         ("add", "end", "— dpa"),
     ]},
]


# The fifth batch (r52-r62, session 9), written with four new origins (o13-o16: dpa-, Global Times-, Anadolu- and
# EFE-like) and two same-event distractors (d08, d09), committed before trace was run on any of them. Written by
# the helper who tunes trace this session, from the origins alone; no lexicon or rule file was consulted for the
# words. Credits in forms not used before: a dpa-infocom notice, "with material from dpa", a domain
# ("Source: globaltimes.cn"), "Courtesy: Global Times", an "(AA)" dateline, "(c) EFE", "— EFE"; credits to another
# outlet as "Source: Reuters", "(Xinhua)" and a dateline given to AFP.
FIFTH: list[dict[str, Any]] = [
    {"case": "r52", "origin": "o13-dpa-rail", "condition": "exact", "credit": "kept",
     "note": "an English-language German portal runs the dpa story verbatim under dpa's notice",
     "ops": [("add", "end", "© dpa-infocom, dpa:260514-930-112233/2")]},
    {"case": "r53", "origin": "o13-dpa-rail", "condition": "light", "credit": "other",
     "note": "'Source: Reuters' for a dpa story; the company's side cut; a loaded label; a quoted word changed",
     "ops": [
         ("headline", "Rail chaos as GDL walks out again and Germany grinds to a halt"),
         ("replace", "BERLIN (dpa) - Long-distance", "Long-distance", {}),
         ("replace", "Union chairman Mario Reuter accused the company", "Militant union boss Mario Reuter accused "
          "the company", {"loaded": "[Militant union boss] Mario"}),
         ("replace", "The company has offered us nothing but slogans", "The company has offered us nothing but insults",
          {"quote": "nothing but [insults],"}),
         ("cut", "Deutsche Bahn's head of personnel, Claudia Wessel"),
         ("add", "end", "Read more: Germany's rail network in numbers"),
         ("add", "end", "Source: Reuters"),
     ]},
    {"case": "r54", "origin": "o13-dpa-rail", "condition": "heavy", "credit": "kept",
     "note": "a commuters' blog: commentary around the dpa copy, a statistic made the blog's own, the minister "
             "re-titled, 'with material from dpa' in lower case",
     "ops": [
         ("headline", "Another strike, another lost week for Germany's commuters"),
         ("replace", "BERLIN (dpa) - Long-distance", "Long-distance", {}),
         ("insert", "", "If you are reading this on a platform somewhere between Hamburg and Munich, we are sorry. "
          "For the second time this month, the people who keep this country moving have been told to stay at home "
          "or find another way to work, and most of them have no other way."),
         ("replace", "Federal Transport Minister Volker Hansen urged", "Federal Labour Minister Volker Hansen urged",
          {"attribution-changed": "Federal Labour Minister Volker Hansen"}),
         ("replace", "According to the Federal Statistical Office, around 1.2 million people travel",
          "Around 1.2 million people travel",
          {"attribution": "Around 1.2 million people travel to work by regional train in Germany on an average "
           "weekday."}),
         ("insert", "Around 1.2 million people travel", "Our readers have been writing in all week. A nurse from "
          "Potsdam told us she now sleeps at the hospital on strike nights. A student in Leipzig has missed two "
          "exams. A baker in Frankfurt opens his shop an hour late because his apprentices cannot reach him in "
          "time."),
         ("insert", "Deutsche Bahn has asked the labour court", "Nobody we spoke to blamed the drivers alone. Many "
          "said they understood the demand for shorter hours, but wondered why a dispute about shift plans should "
          "fall on the shoulders of people who have no say in it, and why neither side seems to be in a hurry to "
          "end it."),
         ("insert", "Deutsche Bahn has asked the labour court", "We will keep this page updated while the strike "
          "lasts. Tell us how the walkout has affected your journey, and which connections are still running in "
          "your area, so other commuters can plan their week."),
         ("add", "end", "with material from dpa"),
     ]},
    {"case": "r55", "origin": "o14-globaltimes-chips", "condition": "light", "credit": "removed",
     "note": "a portal runs the story as its own: the expert's quote made the narrator's claim, a paragraph moved, a "
             "loaded verb, the Global Times mention dropped",
     "ops": [
         ("headline", "Beijing warns The Hague over chip export curbs"),
         ("replace", "after the Dutch government announced new restrictions", "after the Dutch government caved to "
          "Washington and announced new restrictions", {"loaded": "government [caved to Washington] and"}),
         ("replace", "Chinese experts said the restrictions were the result of pressure from Washington. \"The "
          "Netherlands is paying the bill for a policy written in the United States,\" Zhou Mingwei, a research fellow "
          "at the Chinese Academy of International Trade and Economic Cooperation, told the Global Times. \"Dutch",
          "The restrictions are the result of pressure from Washington, and the Netherlands is paying the bill for a "
          "policy written in the United States. \"Dutch",
          {"attribution": "The restrictions are the result of pressure from Washington, and the Netherlands is paying "
           "the bill for a policy written in the United States. \"Dutch companies will lose a major market, and "
           "Chinese firms will only accelerate their own research.\"",
           "quote-unmarked": "and [the Netherlands is paying the bill for a policy written in the United States].",
           }),
         ("move", "Dutch chip equipment maker Lumetra", "China's Ministry of Commerce"),
         ("add", "end", "Follow us on Facebook and X for more news from Asia"),
     ]},
    {"case": "r56", "origin": "o14-globaltimes-chips", "condition": "light", "credit": "kept",
     "note": "'Source: globaltimes.cn'; the spokesperson renamed; a word of his quotation changed; the US "
             "background cut",
     "ops": [
         ("replace", "Chinese Foreign Ministry spokesperson Wang Lei told", "Chinese Foreign Ministry spokesperson Mao "
          "Lin told", {"attribution-changed": "spokesperson [Mao Lin] told"}),
         ("replace", "correct its wrong practice and stop abusing", "correct its mistaken practice and stop abusing",
          {"quote": "correct its [mistaken] practice"}),
         ("replace", "practice and stop abusing export control measures,\" Wang said.",
          "practice and stop abusing export control measures,\" Mao said.",
          # Recorded after the first run (the second mention renamed too; trace's finding there read as false).
          {"attribution-changed": "measures,\" [Mao] said."}),
         ("cut", "The United States introduced sweeping restrictions"),
         ("add", "end", "Source: globaltimes.cn"),
     ]},
    {"case": "r57", "origin": "o15-anadolu-quake", "condition": "exact", "credit": "kept",
     "note": "a portal carries the AA story verbatim, dateline kept, with the agency's subscriber notice",
     "ops": [("add", "end", "Anadolu Agency website contains only a portion of the news stories offered to "
              "subscribers in the AA News Broadcasting System, and in summarized form.")]},
    {"case": "r58", "origin": "o15-anadolu-quake", "condition": "light", "credit": "other",
     "note": "'(Xinhua)' for an AA story; the governor made mayor; a loaded word; the geologist cut; a local "
             "paragraph added",
     "ops": [
         ("headline", "Strong quake shakes Malatya again, 23 hurt"),
         ("replace", "ANKARA (AA) - A magnitude", "A magnitude", {}),
         ("replace", "Malatya Governor Selim Arslan told Anadolu Agency that", "Malatya Mayor Selim Arslan told "
          "reporters that", {"attribution-changed": "Malatya Mayor Selim Arslan"}),
         ("replace", "for residents afraid to return to their homes", "for terrified residents afraid to return to "
          "their homes", {"loaded": "for [terrified] residents"}),
         ("cut", "Professor Nilufer Demirel"),
         ("insert", "More than 53,000 people", "In Elazig, where the tremor woke many residents, people gathered in "
          "the streets and in mosque courtyards until sunrise. Shopkeepers in the old bazaar said they would keep "
          "their shutters down until engineers had checked the buildings."),
         ("add", "end", "(Xinhua)"),
     ]},
    {"case": "r59", "origin": "o15-anadolu-quake", "condition": "light", "credit": "removed",
     "note": "'By Staff Writer', the AA dateline dropped; AFAD's attribution dropped; a quotation's words changed; a "
             "paragraph moved; a social-media line",
     "ops": [
         ("add", "top", "By Staff Writer"),
         ("replace", "ANKARA (AA) - A magnitude", "ANKARA - A magnitude", {}),
         ("replace", "with its epicenter in the Yesilyurt district, according to the Disaster and Emergency "
          "Management Authority (AFAD).", "with its epicenter in the Yesilyurt district.",
          {"attribution": "The quake hit at 4.12 a.m. local time at a depth of 7 kilometers, with its epicenter in "
           "the Yesilyurt district."}),
         ("replace", "Nobody will be left outside in the cold", "Nobody will be left outside tonight",
          {"quote": "left outside [tonight],"}),
         ("move", "Schools in Malatya and Yesilyurt", "Interior Minister Ahmet Korkmaz"),
         ("add", "end", "Follow us on X and Instagram for the latest updates from the region"),
     ]},
    {"case": "r60", "origin": "o16-efe-drought", "condition": "light", "credit": "kept",
     "note": "'(c) EFE'; the farmers' union's 'death sentence' made the narrator's; the union leader re-titled",
     "ops": [
         ("headline", "Barcelona faces water rationing as Catalonia declares drought emergency"),
         ("replace", "The main farmers' union in Catalonia, Unio de Pagesos, said the restrictions were \"a death "
          "sentence\" for hundreds of fruit growers in the Lleida area.",
          "The restrictions are a death sentence for hundreds of fruit growers in the Lleida area.",
          {"attribution": None, "quote-unmarked": "restrictions are [a death sentence] for",
           "loaded-voice": "restrictions are [a death sentence] for"}),
         ("replace", "the union's secretary general, Jordi Puigvert, told EFE.",
          "Unio de Pagesos president Jordi Puigvert told EFE.",
          {"attribution-changed": "Unio de Pagesos president Jordi Puigvert"}),
         ("add", "end", "(c) EFE"),
     ]},
    {"case": "r61", "origin": "o16-efe-drought", "condition": "heavy", "credit": "other",
     "note": "a blog: the EFE dateline given to AFP; commentary added; Madrid's reply cut; a loaded label; a quoted "
             "word changed",
     "ops": [
         ("headline", "Catalonia runs dry: years of warnings ignored"),
         ("replace", "BARCELONA, Spain (EFE) - The regional", "BARCELONA, Spain (AFP) - The regional",
          {"credit-other": "Spain [(AFP)] - The"}),
         ("replace", "said the decision was \"painful but unavoidable\"", "said the decision was \"painful but "
          "necessary\"", {"quote": "painful but [necessary]"}),
         ("replace", "Environmental groups said the drought showed", "Eco-activists said the drought showed",
          {"loaded": "[Eco-activists] said"}),
         ("cut", "The Spanish government said it would send drinking water"),
         ("insert", "", "Anyone who has lived in Barcelona for more than a few years saw this coming. The warnings "
          "were there in 2008, again in 2018, and every summer since, and every time the rain came back just in "
          "time to let the politicians forget about them."),
         ("insert", "Farmers will have to cut irrigation", "The city has built one large desalination plant in "
          "fifteen years. Plans for a second one have been stuck in committees since 2011, while the population of "
          "the metropolitan area has grown by almost half a million people."),
         ("insert", "The last drought emergency", "Tourism has not been asked to make the same sacrifice. Hotels "
          "will be allowed to keep their pools full and their gardens green for the summer season, which, as one "
          "reader put it to us, says a great deal about whose water this really is."),
         ("insert", "The last drought emergency", "Over the coming weeks we will publish a series of articles on "
          "the water crisis, from the farms of Lleida to the beaches of the Costa Brava. Write to us if your town "
          "or business has been affected."),
     ]},
    {"case": "r62", "origin": "o16-efe-drought", "condition": "light", "credit": "kept",
     "note": "a reporter's byline and '— EFE'; the water agency's attribution dropped; the environment minister's "
             "words given to a government spokeswoman",
     "ops": [
         ("add", "top", "By Sofia Marin"),
         ("replace", "Farmers will have to cut irrigation by 80% and industry by 25%, the Catalan Water Agency (ACA) "
          "said in a statement.", "Farmers will have to cut irrigation by 80% and industry by 25%.",
          {"attribution": None}),
         ("replace", "Environment Minister Teresa Colomer said Madrid", "Government spokeswoman Elena Ruiz said Madrid",
          {"attribution-changed": "Government spokeswoman Elena Ruiz"}),
         ("add", "end", "— EFE"),
     ]},
]


def _words(text: str) -> int:
    return len(text.split())


def _span(text: str, piece: str, where: str) -> list[int]:
    """The one place of piece in text ([start, end] in code points); "context [piece] context" places a short
    piece by its context. An error when absent or repeated."""
    if not piece:
        return [0, 0]
    before, inner, after = piece, "", ""
    if "[" in piece:
        before, rest = piece.split("[", 1)
        inner, after = rest.split("]", 1)
    whole = before + inner + after
    count = text.count(whole)
    if count != 1:
        raise SystemExit(f"{where}: {whole[:60]!r} occurs {count} times")
    start = text.index(whole) + (len(before) if inner else 0)
    return [start, start + len(inner or whole)]


def _paragraph(paragraphs: list[str], prefix: str, case: str) -> int:
    found = [i for i, p in enumerate(paragraphs) if p.startswith(prefix)]
    if len(found) != 1:
        raise SystemExit(f"{case}: paragraph {prefix!r} found {len(found)} times")
    return found[0]


def build(case: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Apply one case's edits to its origin; the republished text and its gold record."""
    name = case["case"]
    origin = (HERE / "origins" / f"{case['origin']}.txt").read_text(encoding="utf-8")
    text = origin.rstrip("\n")
    pending: list[dict[str, Any]] = []  # edits whose article side is located once the text is final
    top: list[str] = []
    end: list[str] = []
    inserted = 0
    for op in case["ops"]:
        paragraphs = text.split("\n\n")
        if op[0] == "headline":
            pending.append({"kind": "headline", "origin": paragraphs[0], "article": op[1]})
            paragraphs[0] = op[1]
        elif op[0] == "replace":
            _, old, new, kinds = op
            if text.count(old) != 1:
                raise SystemExit(f"{name}: {old[:60]!r} occurs {text.count(old)} times")
            text = text.replace(old, new)
            for kind, targets in kinds.items():
                for target in targets if isinstance(targets, list) else [targets]:
                    pending.append({"kind": kind, "origin": old, "article": new if target is None else target})
            continue
        elif op[0] == "cut":
            i = _paragraph(paragraphs, op[1], name)
            edit: dict[str, Any] = {"kind": "trim", "origin": paragraphs[i], "article": ""}
            if len(op) > 2 and op[2]:
                edit["optional"] = True
            pending.append(edit)
            del paragraphs[i]
        elif op[0] == "move":
            i = _paragraph(paragraphs, op[1], name)
            moved = paragraphs.pop(i)
            paragraphs.insert(_paragraph(paragraphs, op[2], name), moved)
            pending.append({"kind": "reorder", "origin": moved, "article": moved})
        elif op[0] == "insert":
            i = 1 if op[1] == "" else _paragraph(paragraphs, op[1], name)
            paragraphs.insert(i, op[2])
            inserted += _words(op[2])
            pending.append({"kind": "insert", "origin": "", "article": op[2]})
        elif op[0] == "mark":
            pending.append({"kind": op[1], "origin": "", "article": op[2]})
        elif op[0] == "add":
            (top if op[1] == "top" else end).append(op[2])
        else:
            raise SystemExit(f"{name}: unknown operation {op[0]}")
        text = "\n\n".join(paragraphs)
    paragraphs = text.split("\n\n")
    article = "\n\n".join([paragraphs[0], *top, *paragraphs[1:], *end]) + "\n"
    credit = case["credit"]
    if credit == "removed":
        pending.append({"kind": "credit-removed", "origin": "", "article": ""})
    if credit == "other" and not any(e["kind"] == "credit-other" for e in pending):
        pending.append({"kind": "credit-other", "origin": "", "article": end[-1]})
    edits = []
    for edit in pending:
        edit["origin_span"] = _span(origin, edit["origin"], f"{name} origin") if edit["kind"] not in (
            "credit-removed",) else [0, 0]
        edit["article_span"] = _span(article, edit["article"], f"{name} article")
        a_start, a_end = edit["article_span"]
        o_start, o_end = edit["origin_span"]
        edit["article"], edit["origin"] = article[a_start:a_end], origin[o_start:o_end]
        edits.append(edit)
    share = inserted / max(_words(article), 1)
    expected = {"exact": (0, 0), "light": (0, 0.2), "heavy": (0.3, 1)}[case["condition"]]
    if not expected[0] <= share <= expected[1]:
        raise SystemExit(f"{name}: new-text share {share:.2f} does not fit {case['condition']}")
    gold = {
        "case": name,
        "file": f"republications/{name}.txt",
        "origin": f"origins/{case['origin']}.txt",
        "origin_outlet": OUTLET[case["origin"]],
        "condition": case["condition"],
        "credit": credit,
        "new_share": round(share, 3),
        "note": case["note"],
        "edits": edits,
    }
    return article, gold


def main() -> None:
    """Write the republications and gold.jsonl."""
    (HERE / "republications").mkdir(exist_ok=True)
    lines = []
    for case in CASES + FRESH + THIRD + FOURTH + FIFTH:
        article, gold = build(case)
        batch = ("fifth" if case in FIFTH else "fourth" if case in FOURTH else "third" if case in THIRD
                 else "fresh" if case in FRESH else "first")
        gold["batch"] = batch
        (HERE / gold["file"]).write_text(article, encoding="utf-8")
        lines.append(json.dumps(gold, ensure_ascii=False))
    for name, same_event in DISTRACTORS.items():
        lines.append(json.dumps({
            "case": name, "file": f"distractors/{name}.txt", "origin": None, "origin_outlet": None,
            "condition": "unrelated", "same_event_as": f"origins/{same_event}.txt", "edits": [],
        }, ensure_ascii=False))
    (HERE / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = f"{len(CASES)} + {len(FRESH)} fresh + {len(THIRD)} third + {len(FOURTH)} fourth + {len(FIFTH)} fifth"
    print(f"{counts} republications, {len(DISTRACTORS)} distractors")


if __name__ == "__main__":
    main()
