"""Demo courses in three languages. Examples only: people and figures are invented."""

COURSES = [
    {
        "slug": "investigarea-traficului",
        "audiences": ["police", "prosecutors"],
        "domains": ["trafficking_prevention", "capacity_building"],
        "days": 3,
        "rule": "all_days",
        "ro": (
            "Investigarea cazurilor de trafic de ființe umane",
            "Tehnici de investigare proactivă, cooperarea dintre poliție și procuratură, "
            "colectarea și păstrarea probelor în cauzele de trafic.",
        ),
        "en": (
            "Investigating trafficking in human beings",
            "Proactive investigation techniques, police–prosecution cooperation, gathering "
            "and preserving evidence in trafficking cases.",
        ),
        "ru": (
            "Расследование дел о торговле людьми",
            "Методы проактивного расследования, взаимодействие полиции и прокуратуры, "
            "сбор и сохранение доказательств по делам о торговле людьми.",
        ),
    },
    {
        "slug": "drepturile-victimelor-in-procesul-penal",
        "audiences": ["judges", "prosecutors"],
        "domains": ["protection_assistance"],
        "days": 2,
        "rule": "all_days_pass",
        "ro": (
            "Drepturile victimelor în procesul penal",
            "Audierea victimelor fără revictimizare, măsuri de protecție, despăgubiri.",
        ),
        "en": (
            "Victims' rights in criminal proceedings",
            "Hearing victims without re-victimisation, protection measures, compensation.",
        ),
        "ru": (
            "Права потерпевших в уголовном процессе",
            "Допрос потерпевших без повторной виктимизации, меры защиты, компенсация.",
        ),
    },
    {
        "slug": "violenta-in-familie-raspuns-politie",
        "audiences": ["police", "social_workers"],
        "domains": ["gender_equality_dv"],
        "days": 2,
        "rule": "all_days",
        "ro": (
            "Răspunsul poliției la violența în familie",
            "Evaluarea riscurilor, ordinul de restricție de urgență, referirea victimelor "
            "către servicii.",
        ),
        "en": (
            "Police response to domestic violence",
            "Risk assessment, emergency barring orders, referring victims to services.",
        ),
        "ru": (
            "Реагирование полиции на насилие в семье",
            "Оценка рисков, экстренный защитный ордер, направление пострадавших в службы.",
        ),
    },
    {
        "slug": "identificarea-victimelor-la-frontiera",
        "audiences": ["border_police"],
        "domains": ["trafficking_prevention", "migration_policy"],
        "days": 2,
        "rule": "all_days",
        "ro": (
            "Identificarea victimelor traficului la frontieră",
            "Indicatori de trafic, interviul inițial, cooperarea cu serviciile de asistență.",
        ),
        "en": (
            "Identifying trafficking victims at the border",
            "Trafficking indicators, the first interview, cooperation with assistance services.",
        ),
        "ru": (
            "Выявление жертв торговли людьми на границе",
            "Индикаторы торговли людьми, первичное интервью, взаимодействие со службами помощи.",
        ),
    },
    {
        "slug": "exploatarea-prin-munca",
        "audiences": ["labour_inspectors", "police"],
        "domains": ["trafficking_prevention"],
        "days": 1,
        "rule": "all_days",
        "ro": (
            "Exploatarea prin muncă: depistare și referire",
            "Semnele muncii forțate, inspecțiile comune, drepturile lucrătorilor migranți.",
        ),
        "en": (
            "Labour exploitation: detection and referral",
            "Signs of forced labour, joint inspections, the rights of migrant workers.",
        ),
        "ru": (
            "Трудовая эксплуатация: выявление и направление",
            "Признаки принудительного труда, совместные проверки, права трудовых мигрантов.",
        ),
    },
    {
        "slug": "sistemul-national-de-referire",
        "audiences": ["social_workers", "local_authorities", "ngo_staff"],
        "domains": ["protection_assistance"],
        "days": 2,
        "rule": "most_days",
        "ro": (
            "Sistemul național de referire: lucrul în echipa multidisciplinară",
            "Rolurile membrilor echipei, managementul de caz, confidențialitatea datelor.",
        ),
        "en": (
            "The national referral system: working in a multidisciplinary team",
            "Team members' roles, case management, confidentiality of data.",
        ),
        "ru": (
            "Национальная система перенаправления: работа в мультидисциплинарной команде",
            "Роли членов команды, ведение случая, конфиденциальность данных.",
        ),
    },
    {
        "slug": "egalitatea-de-gen-in-justitie",
        "audiences": ["judges", "prosecutors"],
        "domains": ["gender_equality_dv", "anti_discrimination"],
        "days": 1,
        "rule": "all_days",
        "ro": (
            "Egalitatea de gen și stereotipurile în actul de justiție",
            "Recunoașterea stereotipurilor de gen, jurisprudența relevantă, motivarea hotărârilor.",
        ),
        "en": (
            "Gender equality and stereotypes in the administration of justice",
            "Recognising gender stereotypes, relevant case law, reasoning of judgments.",
        ),
        "ru": (
            "Гендерное равенство и стереотипы в правосудии",
            "Распознавание гендерных стереотипов, релевантная практика, мотивировка решений.",
        ),
    },
    {
        "slug": "copiii-victime-audierea",
        "audiences": ["police", "prosecutors", "judges", "social_workers"],
        "domains": ["protection_assistance", "trafficking_prevention"],
        "days": 3,
        "rule": "all_days_pass",
        "ro": (
            "Audierea copiilor victime sau martori",
            "Camera de audiere prietenoasă copilului, interviul structurat, rolul psihologului.",
        ),
        "en": (
            "Hearing child victims and witnesses",
            "The child-friendly interview room, the structured interview, the psychologist's role.",
        ),
        "ru": (
            "Допрос детей-жертв и свидетелей",
            "Комната для допроса, дружественная ребёнку, структурированное интервью, "
            "роль психолога.",
        ),
    },
]

# Units where sessions take place (ISO 3166-2:MD): at least ten across every region.
SESSION_UNITS = ["MD-CU", "MD-BA", "MD-CA", "MD-UN", "MD-SO", "MD-OR", "MD-ED", "MD-GA",
                 "MD-HI", "MD-CS", "MD-DR", "MD-CM"]  # fmt: skip

VENUES = {"ro": "Sala de conferințe a consiliului raional"}

FIRST_NAMES = {
    "female": ["Ana", "Maria", "Elena", "Natalia", "Irina", "Tatiana", "Olga", "Cristina",
               "Svetlana", "Victoria", "Doina", "Lilia", "Angela", "Galina", "Mariana"],
    "male": ["Ion", "Vasile", "Andrei", "Sergiu", "Alexandru", "Dumitru", "Nicolae", "Igor",
             "Vladimir", "Mihai", "Victor", "Oleg", "Petru", "Gheorghe", "Denis"],
}  # fmt: skip
LAST_NAMES = ["Rusu", "Ceban", "Munteanu", "Ciobanu", "Lungu", "Popa", "Țurcanu", "Roșca",
              "Sârbu", "Cojocaru", "Moraru", "Bălan", "Croitoru", "Guțu", "Bejenari", "Ursu",
              "Melnic", "Cazacu", "Botnaru", "Rotaru", "Țâcu", "Grosu"]  # fmt: skip

# Organisations the demo needs when the network has none of that type yet.
ORGANISATIONS = [
    ("demo-igp", "police", "IGP", "Inspectoratul General al Poliției",
     "General Police Inspectorate", "Генеральный инспекторат полиции"),
    ("demo-igpf", "police", "IGPF", "Inspectoratul General al Poliției de Frontieră",
     "General Border Police Inspectorate",
     "Генеральный инспекторат пограничной полиции"),
    ("demo-pg", "prosecution", "PG", "Procuratura Generală",
     "General Prosecutor's Office", "Генеральная прокуратура"),
    ("demo-judecatoria-chisinau", "court", "", "Judecătoria Chișinău",
     "Chișinău District Court", "Суд Кишинэу"),
    ("demo-ism", "central_authority", "ISM", "Inspectoratul de Stat al Muncii",
     "State Labour Inspectorate", "Государственная инспекция труда"),
    ("demo-asistenta-sociala", "social_service", "", "Direcția de asistență socială",
     "Social Assistance Department", "Управление социальной помощи"),
    ("demo-ong-protectie", "ngo", "", "Centrul de asistență și protecție",
     "Assistance and Protection Centre", "Центр помощи и защиты"),
]  # fmt: skip

PROFESSION_BY_TYPE = {
    "police": "police",
    "prosecution": "prosecutors",
    "court": "judges",
    "central_authority": "labour_inspectors",
    "social_service": "social_workers",
    "ngo": "ngo_staff",
    "local_authority": "local_authorities",
}

# Funders from the network demo's directory (international organisations), in turn.
FUNDERS = ["osce-moldova", "oim-moldova", "un-women-moldova"]
# Cost per day of a held session (venue, catering, trainers, travel of 40 participants).
SESSION_COSTS = [("EUR", "1850.00"), ("USD", "2100.00"), ("MDL", "36500.00")]
