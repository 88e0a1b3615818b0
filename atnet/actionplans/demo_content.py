# ruff: noqa: E501 - texts in three languages read better unwrapped
"""Texts of the demo plan. Illustrative only: the objectives and measures are written for
the demo and are not the text of the approved 2008–2009 plan, which the demo links to."""

PLAN = {
    "slug": "pna-trafic-2008-2009-monitorizare",
    "act_slug": "pna-trafic-2008-2009",
    "starts": "2008-01-01",
    "ends": "2009-12-31",
    "ro": "Monitorizarea Planului național de acțiuni pentru prevenirea și combaterea traficului de ființe umane 2008–2009",
    "en": "Monitoring of the National Action Plan for Preventing and Combating Trafficking in Human Beings 2008–2009",
    "ru": "Мониторинг Национального плана действий по предупреждению и борьбе с торговлей людьми на 2008–2009 годы",
}

# Reporting periods: label (ro, en, ru), start, end, reports due.
PERIODS = [
    (
        ("Semestrul II 2008", "Second half of 2008", "Второе полугодие 2008"),
        "2008-07-01",
        "2008-12-31",
        "2009-01-20",
    ),
    (
        ("Semestrul I 2009", "First half of 2009", "Первое полугодие 2009"),
        "2009-01-01",
        "2009-06-30",
        "2009-07-20",
    ),
]

# Regions each measure template is repeated for (ro, en, ru).
REGIONS = [
    ("regiunea de Nord", "the North region", "Северный регион"),
    ("regiunea Centru", "the Centre region", "регион Центр"),
    ("regiunea de Sud", "the South region", "Южный регион"),
    ("UTA Găgăuzia", "ATU Gagauzia", "АТО Гагаузия"),
]

# Objectives: number, titles, responsible slugs, partner slugs, measure templates.
# A template: texts with {region}, indicators ((ro, en, ru), target).
OBJECTIVES = [
    (
        "1",
        (
            "Prevenirea traficului de ființe umane",
            "Preventing trafficking in human beings",
            "Предупреждение торговли людьми",
        ),
        ["ministerul-educatiei", "ao-drum-sigur"],
        ["oim-moldova"],
        [
            (
                (
                    "Sesiuni de informare despre riscurile migrației ilegale în școlile din {region}",
                    "Information sessions on the risks of irregular migration in the schools of {region}",
                    "Информационные сессии о рисках нелегальной миграции в школах региона: {region}",
                ),
                [(("elevi informați", "pupils informed", "проинформированных учеников"), 1500)],
            ),
            (
                (
                    "Campanie de informare pentru tineri în localitățile rurale din {region}",
                    "Information campaign for young people in the villages of {region}",
                    "Информационная кампания для молодёжи в сёлах региона: {region}",
                ),
                [
                    (
                        (
                            "localități acoperite",
                            "villages covered",
                            "охваченных населённых пунктов",
                        ),
                        40,
                    ),
                    (
                        (
                            "materiale distribuite",
                            "materials handed out",
                            "распространённых материалов",
                        ),
                        5000,
                    ),
                ],
            ),
        ],
    ),
    (
        "2",
        (
            "Protecția și asistența victimelor",
            "Protecting and assisting victims",
            "Защита и помощь пострадавшим",
        ),
        ["ministerul-muncii", "social-service-md-ca"],
        ["centrul-casa-deschisa"],
        [
            (
                (
                    "Asistență socială, juridică și psihologică pentru victimele identificate în {region}",
                    "Social, legal and psychological assistance to the victims identified in {region}",
                    "Социальная, юридическая и психологическая помощь выявленным пострадавшим в регионе: {region}",
                ),
                [(("victime asistate", "victims assisted", "получивших помощь пострадавших"), 60)],
            ),
            (
                (
                    "Funcționarea echipelor multidisciplinare teritoriale în {region}",
                    "Territorial multidisciplinary teams at work in {region}",
                    "Работа территориальных мультидисциплинарных групп в регионе: {region}",
                ),
                [(("echipe funcționale", "teams at work", "действующих групп"), 8)],
            ),
        ],
    ),
    (
        "3",
        (
            "Urmărirea penală a traficanților",
            "Prosecuting traffickers",
            "Уголовное преследование торговцев людьми",
        ),
        ["cctp", "procuratura-generala"],
        ["osce-moldova"],
        [
            (
                (
                    "Investigații comune ale poliției și procuraturii în cazurile de trafic din {region}",
                    "Joint police and prosecution investigations into trafficking cases in {region}",
                    "Совместные расследования полиции и прокуратуры по делам о торговле людьми в регионе: {region}",
                ),
                [(("cauze investigate", "cases investigated", "расследованных дел"), 30)],
            ),
            (
                (
                    "Audierea victimelor minore în condiții prietenoase copilului în {region}",
                    "Child-friendly hearings of child victims in {region}",
                    "Допрос несовершеннолетних пострадавших в щадящих условиях в регионе: {region}",
                ),
                [
                    (
                        (
                            "camere de audiere amenajate",
                            "hearing rooms set up",
                            "оборудованных комнат для допроса",
                        ),
                        2,
                    )
                ],
            ),
        ],
    ),
    (
        "4",
        (
            "Consolidarea capacităților profesioniștilor",
            "Building professionals' capacity",
            "Укрепление потенциала специалистов",
        ),
        ["curtea-suprema", "procuratura-generala", "ministerul-afacerilor-interne"],
        ["osce-moldova"],
        [
            (
                (
                    "Instruirea judecătorilor și procurorilor privind cauzele de trafic din {region}",
                    "Training judges and prosecutors on trafficking cases in {region}",
                    "Обучение судей и прокуроров по делам о торговле людьми в регионе: {region}",
                ),
                [(("persoane instruite", "people trained", "обученных специалистов"), 80)],
            ),
            (
                (
                    "Instruirea polițiștilor de sector privind identificarea victimelor în {region}",
                    "Training community police officers to identify victims in {region}",
                    "Обучение участковых полицейских выявлению пострадавших в регионе: {region}",
                ),
                [(("polițiști instruiți", "officers trained", "обученных полицейских"), 120)],
            ),
        ],
    ),
    (
        "5",
        (
            "Cooperarea și coordonarea națională",
            "National cooperation and coordination",
            "Национальное сотрудничество и координация",
        ),
        ["ministerul-afacerilor-interne", "primaria-balti", "ministerul-muncii"],
        ["un-women-moldova"],
        [
            (
                (
                    "Ședințe de coordonare ale comisiilor teritoriale în {region}",
                    "Coordination meetings of the territorial commissions in {region}",
                    "Координационные заседания территориальных комиссий в регионе: {region}",
                ),
                [(("ședințe ținute", "meetings held", "проведённых заседаний"), 4)],
            ),
            (
                (
                    "Schimb de date între autoritățile locale și poliție în {region}",
                    "Data exchange between local authorities and the police in {region}",
                    "Обмен данными между местными органами власти и полицией в регионе: {region}",
                ),
                [(("acorduri semnate", "agreements signed", "подписанных соглашений"), 3)],
            ),
        ],
    ),
    (
        "6",
        (
            "Prevenirea violenței în familie și egalitatea de gen",
            "Preventing domestic violence and gender equality",
            "Предупреждение насилия в семье и гендерное равенство",
        ),
        ["ao-femei-pentru-pace", "asistenta-sociala-gagauzia", "ministerul-muncii"],
        ["un-women-moldova"],
        [
            (
                (
                    "Servicii de consiliere pentru femeile afectate de violență în {region}",
                    "Counselling services for women affected by violence in {region}",
                    "Консультационные услуги для женщин, пострадавших от насилия, в регионе: {region}",
                ),
                [(("femei consiliate", "women counselled", "получивших консультации женщин"), 200)],
            ),
            (
                (
                    "Ateliere despre egalitatea de gen pentru autoritățile locale din {region}",
                    "Gender-equality workshops for the local authorities of {region}",
                    "Семинары по гендерному равенству для местных органов власти региона: {region}",
                ),
                [(("ateliere ținute", "workshops held", "проведённых семинаров"), 6)],
            ),
        ],
    ),
]

# Narratives, by status and language (a focal point writes in the language she prefers).
NARRATIVES = {
    "ro": {
        "done": "Măsura a fost realizată integral în perioada de raportare; rezultatele sunt documentate în rapoartele instituției.",
        "in_progress": "Activitățile au început conform calendarului; o parte din indicatori au fost atinși, restul sunt planificați pentru perioada următoare.",
        "not_started": "Activitatea nu a început din lipsă de finanțare; instituția a solicitat fonduri pentru perioada următoare.",
        "cancelled": "Măsura a fost anulată prin decizia grupului de coordonare, fiind preluată de un alt program.",
    },
    "en": {
        "done": "The measure was fully carried out in the reporting period; the results are documented in the institution's reports.",
        "in_progress": "Work started on schedule; some indicators have been reached and the rest are planned for the next period.",
        "not_started": "Work has not started for lack of funding; the institution has asked for funds for the next period.",
        "cancelled": "The measure was cancelled by the coordination group, as another programme took it over.",
    },
    "ru": {
        "done": "Мера полностью выполнена в отчётном периоде; результаты отражены в отчётах учреждения.",
        "in_progress": "Работа началась по графику; часть индикаторов достигнута, остальные запланированы на следующий период.",
        "not_started": "Работа не начата из-за отсутствия финансирования; учреждение запросило средства на следующий период.",
        "cancelled": "Мера отменена решением координационной группы, так как её взяла на себя другая программа.",
    },
}
