# ruff: noqa: E501 - data file: one sentence per line reads better than wrapped strings
"""The acts named in the programme brochure ("Suport legislativ"), in ro, en, ru.

The kind of act, its subject and the partners are the brochure's. Numbers,
dates, the Monitorul Oficial reference and the status are filled in only where
a published source confirms them; each act lists its sources (address, the day
it was read and the facts it confirms). What no source confirms stays empty:
the two action plans keep the brochure's year only.
"""

import datetime

READ = datetime.date(2026, 12, 5)  # the day the sources below were read
LEX = "http://lex.justice.md/viewdoc.php?action=view&view=doc&id={}&lang=1"
BROCHURE = {
    "ro": "Broșura programului, secțiunea „Suport legislativ”: anul și contribuția",
    "en": "The programme brochure, section “Suport legislativ”: the year and the contribution",
    "ru": "Брошюра программы, раздел «Suport legislativ»: год и вклад",
}


def _covers(ro: str, en: str, ru: str) -> dict:
    return {"ro": ro, "en": en, "ru": ru}


OFFICIAL_TEXT = _covers(
    "textul oficial: număr, date, Monitorul Oficial, modificări",
    "official text: number, dates, Monitorul Oficial, amendments",
    "официальный текст: номер, даты, Monitorul Oficial, изменения",
)


INDEX = {
    "ro": {
        "title": "Legislație",
        "intro": "Actele normative și proiectele la elaborarea cărora a contribuit programul.",
    },
    "en": {
        "title": "Legislation",
        "intro": "The normative acts and drafts the programme helped to prepare.",
    },
    "ru": {
        "title": "Законодательство",
        "intro": "Нормативные акты и проекты, в подготовке которых участвовала программа.",
    },
}

MISSION = {
    "ro": ("Misiunea OSCE în Moldova", "a facilitat elaborarea actului și a contribuit la text"),
    "en": ("OSCE Mission to Moldova", "facilitated the drafting and contributed to the text"),
    "ru": (
        "Миссия ОБСЕ в Молдове",
        "содействовала разработке акта и участвовала в работе над текстом",
    ),
}
ODIHR = {
    "ro": (
        "Biroul OSCE pentru Instituții Democratice și Drepturile Omului (ODIHR)",
        "a cooperat la elaborarea textului",
    ),
    "en": (
        "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
        "cooperated in drafting the text",
    ),
    "ru": (
        "Бюро ОБСЕ по демократическим институтам и правам человека (БДИПЧ)",
        "участвовало в разработке текста",
    ),
}

# The brochure names the anti-discrimination act as a draft "not yet adopted": the
# contribution it states is to the draft, which later became Law 121/2012.
MISSION_DRAFT = {
    "ro": (
        "Misiunea OSCE în Moldova",
        "a facilitat elaborarea proiectului de lege și a contribuit la text",
    ),
    "en": (
        "OSCE Mission to Moldova",
        "facilitated the drafting of the draft law and contributed to the text",
    ),
    "ru": (
        "Миссия ОБСЕ в Молдове",
        "содействовала разработке законопроекта и участвовала в работе над текстом",
    ),
}
ODIHR_DRAFT = {
    "ro": (ODIHR["ro"][0], "a cooperat la elaborarea proiectului de lege"),
    "en": (ODIHR["en"][0], "cooperated in drafting the draft law"),
    "ru": (ODIHR["ru"][0], "участвовало в разработке законопроекта"),
}

ACTS = [
    {
        "slug": "pna-trafic-2005-2006",
        "act_type": "action_plan",
        "status": "adopted",
        "topic": "trafficking",
        "year": 2005,
        "partners": [MISSION],
        "sources": [(None, BROCHURE)],
        "ro": {
            "title": "Planul național de acțiuni pentru prevenirea și combaterea traficului de ființe umane 2005–2006",
            "intro": "Planul stabilește măsurile autorităților pentru prevenirea traficului, protecția victimelor și urmărirea penală a traficanților în anii 2005–2006.",
        },
        "en": {
            "title": "National Action Plan for Preventing and Combating Trafficking in Human Beings 2005–2006",
            "intro": "The plan sets the authorities' measures to prevent trafficking, protect victims and prosecute traffickers in 2005–2006.",
        },
        "ru": {
            "title": "Национальный план действий по предупреждению и пресечению торговли людьми на 2005–2006 годы",
            "intro": "План определяет меры органов власти по предупреждению торговли людьми, защите пострадавших и уголовному преследованию торговцев в 2005–2006 годах.",
        },
    },
    {
        "slug": "lege-trafic-fiinte-umane",
        "act_type": "law",
        "status": "amended",
        "topic": "trafficking",
        "number": "241-XVI",
        "date_adopted": datetime.date(2005, 10, 20),
        "date_published": datetime.date(2005, 12, 9),
        "publication": "Monitorul Oficial nr. 164-167, art. 812",
        "partners": [MISSION, ODIHR],
        "documents": [("ro", "Legea nr. 241/2005 (lex.justice.md)", LEX.format(313051))],
        "sources": [(LEX.format(313051), OFFICIAL_TEXT)],
        "ro": {
            "title": "Legea cu privire la prevenirea și combaterea traficului de ființe umane",
            "intro": "Legea definește traficul de ființe umane, atribuțiile autorităților și drepturile victimelor la protecție și asistență.",
        },
        "en": {
            "title": "Law on Preventing and Combating Trafficking in Human Beings",
            "intro": "The law defines trafficking in human beings, the duties of the authorities and the victims' rights to protection and assistance.",
        },
        "ru": {
            "title": "Закон о предупреждении и пресечении торговли людьми",
            "intro": "Закон определяет понятие торговли людьми, обязанности органов власти и права пострадавших на защиту и помощь.",
        },
    },
    {
        "slug": "lege-egalitatea-sanse",
        "act_type": "law",
        "status": "amended",
        "topic": "gender_equality",
        "number": "5-XVI",
        "date_adopted": datetime.date(2006, 2, 9),
        "date_published": datetime.date(2006, 3, 24),
        "publication": "Monitorul Oficial nr. 47-50, art. 200",
        "partners": [MISSION],
        "documents": [("ro", "Legea nr. 5/2006 (lex.justice.md)", LEX.format(328234))],
        "sources": [
            (LEX.format(328234), OFFICIAL_TEXT),
            (
                "https://base.spinform.ru/show_red.fwx?rid=149851",
                _covers(
                    "modificări până la Legea nr. 256 din 17.08.2023",
                    "amendments up to Law 256 of 17 August 2023",
                    "изменения до Закона № 256 от 17.08.2023",
                ),
            ),
        ],
        "ro": {
            "title": "Legea cu privire la asigurarea egalității de șanse între femei și bărbați",
            "intro": "Legea interzice discriminarea după criteriul sexului și stabilește mecanismele de asigurare a egalității de șanse.",
        },
        "en": {
            "title": "Law on Ensuring Equal Opportunities for Women and Men",
            "intro": "The law prohibits discrimination on grounds of sex and sets up the mechanisms that ensure equal opportunities.",
        },
        "ru": {
            "title": "Закон об обеспечении равных возможностей для женщин и мужчин",
            "intro": "Закон запрещает дискриминацию по признаку пола и устанавливает механизмы обеспечения равных возможностей.",
        },
    },
    {
        "slug": "lege-violenta-in-familie",
        "act_type": "law",
        "status": "amended",
        "topic": "domestic_violence",
        "number": "45-XVI",
        "date_adopted": datetime.date(2007, 3, 1),
        "date_published": datetime.date(2008, 3, 18),
        "date_in_force": datetime.date(2008, 9, 18),
        "publication": "Monitorul Oficial nr. 55-56, art. 178",
        "partners": [MISSION],
        "documents": [("ro", "Legea nr. 45/2007 (lex.justice.md)", LEX.format(335531))],
        "sources": [
            (LEX.format(335531), OFFICIAL_TEXT),
            (
                "http://lex.justice.md/index.php?action=view&view=doc&id=327246",
                _covers(
                    "modificări (între altele Legea nr. 196/2016 și nr. 238/2018)",
                    "amendments (among them Laws 196/2016 and 238/2018)",
                    "изменения (в том числе законы № 196/2016 и № 238/2018)",
                ),
            ),
        ],
        "ro": {
            "title": "Legea cu privire la prevenirea și combaterea violenței în familie",
            "intro": "Legea stabilește măsurile de prevenire a violenței în familie, ordonanța de protecție și serviciile pentru victime.",
        },
        "en": {
            "title": "Law on Preventing and Combating Domestic Violence",
            "intro": "The law sets out measures to prevent domestic violence, the protection order and the services for victims.",
        },
        "ru": {
            "title": "Закон о предупреждении и пресечении насилия в семье",
            "intro": "Закон устанавливает меры предупреждения насилия в семье, защитное предписание и услуги для пострадавших.",
        },
    },
    {
        "slug": "lege-protectia-victimelor-martorilor",
        "act_type": "law",
        "status": "amended",
        "topic": "victim_protection",
        "number": "105-XVI",
        "date_adopted": datetime.date(2008, 5, 16),
        "date_published": datetime.date(2008, 6, 27),
        "date_in_force": datetime.date(2008, 9, 27),
        "publication": "Monitorul Oficial nr. 112-114, art. 434",
        "partners": [MISSION],
        "documents": [("ro", "Legea nr. 105/2008 (lex.justice.md)", LEX.format(339225))],
        "sources": [
            (LEX.format(339225), OFFICIAL_TEXT),
            (
                LEX.format(353622),
                _covers(
                    "modificare prin Legea nr. 99 din 12.06.2014",
                    "amended by Law 99 of 12 June 2014",
                    "изменение Законом № 99 от 12.06.2014",
                ),
            ),
        ],
        "ro": {
            "title": "Legea cu privire la protecția martorilor și altor participanți la procesul penal",
            "intro": "Legea prevede măsuri de protecție pentru victimele și martorii care participă la procesul penal.",
        },
        "en": {
            "title": "Law on the Protection of Witnesses and Other Participants in Criminal Proceedings",
            "intro": "The law provides protection measures for victims and witnesses taking part in criminal proceedings.",
        },
        "ru": {
            "title": "Закон о защите свидетелей и других участников уголовного процесса",
            "intro": "Закон предусматривает меры защиты пострадавших и свидетелей, участвующих в уголовном процессе.",
        },
    },
    {
        "slug": "pna-trafic-2008-2009",
        "act_type": "action_plan",
        "status": "adopted",
        "topic": "trafficking",
        "year": 2008,
        "partners": [MISSION],
        "sources": [(None, BROCHURE)],
        "relations": [("implements", "lege-trafic-fiinte-umane")],
        "ro": {
            "title": "Planul național de acțiuni pentru prevenirea și combaterea traficului de ființe umane 2008–2009",
            "intro": "Planul continuă măsurile din 2005–2006 și pune în aplicare legea privind traficul de ființe umane.",
        },
        "en": {
            "title": "National Action Plan for Preventing and Combating Trafficking in Human Beings 2008–2009",
            "intro": "The plan continues the 2005–2006 measures and puts the anti-trafficking law into practice.",
        },
        "ru": {
            "title": "Национальный план действий по предупреждению и пресечению торговли людьми на 2008–2009 годы",
            "intro": "План продолжает меры 2005–2006 годов и обеспечивает применение закона о торговле людьми.",
        },
    },
    {
        "slug": "lege-asigurarea-egalitatii",
        "act_type": "law",
        "status": "amended",
        "topic": "discrimination",
        "number": "121",
        "date_adopted": datetime.date(2012, 5, 25),
        "date_published": datetime.date(2012, 5, 29),
        "date_in_force": datetime.date(2013, 1, 1),
        "publication": "Monitorul Oficial nr. 103, art. 355",
        "partners": [MISSION_DRAFT, ODIHR_DRAFT],
        "documents": [
            (
                "ro",
                "Legea nr. 121/2012 (copie publicată)",
                "https://ro.scribd.com/document/561653415/94542",
            )
        ],
        "sources": [
            (
                "https://ro.scribd.com/document/561653415/94542",
                _covers(
                    "număr, data adoptării, Monitorul Oficial; modificare prin Legea nr. 102/2016",
                    "number, date of adoption, Monitorul Oficial; amended by Law 102/2016",
                    "номер, дата принятия, Monitorul Oficial; изменение Законом № 102/2016",
                ),
            ),
            (
                "https://www.loc.gov/item/global-legal-monitor/2012-11-23/moldova-various-forms-of-discrimination-are-banned-by-law/",
                _covers(
                    "intrarea în vigoare la 1 ianuarie 2013",
                    "entry into force on 1 January 2013",
                    "вступление в силу 1 января 2013 года",
                ),
            ),
            (
                "https://www.equalrightstrust.org/news/ert-submits-written-comments-moldovan-government-draft-anti-discrimination-law",
                _covers(
                    "proiectul de lege în discuție în iulie 2009",
                    "the draft under discussion in July 2009",
                    "обсуждение проекта в июле 2009 года",
                ),
            ),
        ],
        "ro": {
            "title": "Legea nr. 121/2012 cu privire la asigurarea egalității",
            "intro": "Legea de prevenire și combatere a discriminării. Broșura programului o prezintă ca proiect „încă neadoptat”; Parlamentul a adoptat-o la 25 mai 2012, iar legea a intrat în vigoare la 1 ianuarie 2013.",
        },
        "en": {
            "title": "Law 121/2012 on Ensuring Equality",
            "intro": "The law on preventing and combating discrimination. The programme brochure describes it as a draft “not yet adopted”; Parliament adopted it on 25 May 2012 and it came into force on 1 January 2013.",
        },
        "ru": {
            "title": "Закон № 121/2012 об обеспечении равенства",
            "intro": "Закон о предупреждении и борьбе с дискриминацией. В брошюре программы он назван проектом, «ещё не принятым»; Парламент принял его 25 мая 2012 года, закон вступил в силу 1 января 2013 года.",
        },
    },
    {
        "slug": "amendamente-cod-penal-trafic",
        "act_type": "code_amendment",
        "status": "adopted",
        "topic": "trafficking",
        "number": "376-XVI",
        "date_adopted": datetime.date(2005, 12, 29),
        "date_published": datetime.date(2006, 1, 31),
        "publication": "Monitorul Oficial nr. 20, art. 89",
        "partners": [MISSION],
        "documents": [
            (
                "ro",
                "Legea nr. 376/2005 (lex.justice.md)",
                "http://lex.justice.md/document_rom.php?id=D1B4B949:91521A2E",
            )
        ],
        "sources": [
            (
                "http://lex.justice.md/document_rom.php?id=D1B4B949:91521A2E",
                _covers(
                    "Legea nr. 376/2005 modifică art. 165 și 206 din Codul penal; broșura nu dă numărul",
                    "Law 376/2005 amends Articles 165 and 206 of the Criminal Code; the brochure gives no number",
                    "Закон № 376/2005 изменяет ст. 165 и 206 Уголовного кодекса; брошюра номера не указывает",
                ),
            )
        ],
        "relations": [("related", "lege-trafic-fiinte-umane")],
        "ro": {
            "title": "Amendamente la Codul penal cu privire la traficul de persoane și traficul de copii",
            "intro": "Modificări ale Codului penal privind infracțiunile de trafic de persoane și de trafic de copii.",
        },
        "en": {
            "title": "Amendments to the Criminal Code on Trafficking in Persons and Trafficking in Children",
            "intro": "Changes to the Criminal Code on the offences of trafficking in persons and trafficking in children.",
        },
        "ru": {
            "title": "Поправки к Уголовному кодексу о торговле людьми и торговле детьми",
            "intro": "Изменения Уголовного кодекса, касающиеся преступлений торговли людьми и торговли детьми.",
        },
    },
    {
        "slug": "strategia-trafic-2018-2023",
        "act_type": "government_decision",
        "status": "adopted",
        "topic": "trafficking",
        "number": "461",
        "date_adopted": datetime.date(2018, 5, 22),
        "partners": [],
        "sources": [
            (
                "https://docslib.org/doc/10319613/government-of-the-republic-of-moldova-decision-no-461",
                _covers(
                    "număr și data adoptării (traducere în engleză)",
                    "number and date of adoption (English translation)",
                    "номер и дата принятия (перевод на английский)",
                ),
            )
        ],
        "relations": [("implements", "lege-trafic-fiinte-umane")],
        "ro": {
            "title": "Strategia națională de prevenire și combatere a traficului de ființe umane pentru anii 2018–2023",
            "intro": "Hotărârea Guvernului nr. 461 din 22 mai 2018 aprobă strategia și planul de acțiuni pentru 2018–2020, în temeiul art. 7 din Legea nr. 241/2005; continuă planurile naționale la care a contribuit programul.",
        },
        "en": {
            "title": "National Strategy for Preventing and Combating Trafficking in Human Beings 2018–2023",
            "intro": "Government Decision 461 of 22 May 2018 approves the strategy and its 2018–2020 action plan under Article 7 of Law 241/2005; it follows the national plans the programme contributed to.",
        },
        "ru": {
            "title": "Национальная стратегия по предупреждению и пресечению торговли людьми на 2018–2023 годы",
            "intro": "Постановление Правительства № 461 от 22 мая 2018 года утверждает стратегию и план действий на 2018–2020 годы на основании ст. 7 Закона № 241/2005; продолжает национальные планы, в которых участвовала программа.",
        },
    },
]
