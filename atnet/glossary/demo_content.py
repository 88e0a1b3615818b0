# ruff: noqa: E501 - data file: one definition per line reads better than wrapped strings
"""Glossary terms for the demo, in ro, en and ru.

The definitions are the network's own short wording; each names the instrument
it is based on. The first two are the glossary boxes of the programme brochure
(OSCE Gender Glossary, 2006).
"""

INDEX = {
    "ro": {
        "title": "Glosar",
        "intro": "Termenii folosiți în domeniile antitrafic și egalitatea de gen, explicați pe scurt, cu sursa lor.",
    },
    "en": {
        "title": "Glossary",
        "intro": "The terms used in anti-trafficking and gender equality work, briefly explained, with their sources.",
    },
    "ru": {
        "title": "Глоссарий",
        "intro": "Термины, используемые в сфере противодействия торговле людьми и гендерного равенства, с краткими пояснениями и источниками.",
    },
}

OSCE_2006 = ("Glosarul gender al OSCE", "OSCE Gender Glossary", "Гендерный глоссарий ОБСЕ", 2006)
PALERMO = (
    "Protocolul ONU privind prevenirea, reprimarea și pedepsirea traficului de persoane, în special al femeilor și copiilor",
    "UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
    "Протокол ООН о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за неё",
    2000,
)
COE_THB = (
    "Convenția Consiliului Europei privind lupta împotriva traficului de ființe umane",
    "Council of Europe Convention on Action against Trafficking in Human Beings",
    "Конвенция Совета Европы о противодействии торговле людьми",
    2005,
)
ISTANBUL = (
    "Convenția Consiliului Europei privind prevenirea și combaterea violenței împotriva femeilor și a violenței domestice",
    "Council of Europe Convention on preventing and combating violence against women and domestic violence",
    "Конвенция Совета Европы о предотвращении и пресечении насилия в отношении женщин и насилия в семье",
    2011,
)
CEDAW = (
    "Convenția ONU privind eliminarea tuturor formelor de discriminare față de femei",
    "UN Convention on the Elimination of All Forms of Discrimination against Women",
    "Конвенция ООН о ликвидации всех форм дискриминации в отношении женщин",
    1979,
)
EQUAL_OPPORTUNITIES_LAW = (
    "Legea cu privire la asigurarea egalității de șanse între femei și bărbați",
    "Law on Ensuring Equal Opportunities for Women and Men (Republic of Moldova)",
    "Закон об обеспечении равных возможностей для женщин и мужчин (Республика Молдова)",
    2006,
)
HRC_18 = (
    "Comitetul ONU pentru drepturile omului, Comentariul general nr. 18",
    "UN Human Rights Committee, General Comment No. 18",
    "Комитет ООН по правам человека, Замечание общего порядка № 18",
    1989,
)
ECOSOC = (
    "Concluziile convenite ECOSOC 1997/2",
    "ECOSOC agreed conclusions 1997/2",
    "Согласованные выводы ЭКОСОС 1997/2",
    1997,
)
ODIHR_NRM = (
    "OSCE/ODIHR, Mecanisme naționale de referire: manual practic",
    "OSCE/ODIHR, National Referral Mechanisms: A Practical Handbook",
    "ОБСЕ/БДИПЧ, Национальные механизмы перенаправления: практическое руководство",
    2004,
)
ILO_29 = (
    "Convenția OIM nr. 29 privind munca forțată",
    "ILO Forced Labour Convention (No. 29)",
    "Конвенция МОТ № 29 о принудительном труде",
    1930,
)
SMUGGLING = (
    "Protocolul ONU împotriva traficului ilegal de migranți pe cale terestră, a aerului și pe mare",
    "UN Protocol against the Smuggling of Migrants by Land, Sea and Air",
    "Протокол ООН против незаконного ввоза мигрантов по суше, морю и воздуху",
    2000,
)

# Each term: slug, source, then per language (title, definition, forms to link or "").
TERMS = [
    (
        "gen",
        OSCE_2006,
        {
            "ro": (
                "Gen (gender)",
                "Rolurile, comportamentele și așteptările pe care o societate le atribuie femeilor și bărbaților. Genul se învață, se schimbă în timp și diferă de la o cultură la alta, spre deosebire de sex, care desemnează diferențele biologice.",
                "gender",
            ),
            "en": (
                "Gender",
                "The roles, behaviours and expectations a society assigns to women and men. Gender is learnt, changes over time and differs between cultures, unlike sex, which refers to biological differences.",
                "gender",
            ),
            "ru": (
                "Гендер",
                "Роли, модели поведения и ожидания, которые общество связывает с женщинами и мужчинами. Гендер усваивается, меняется со временем и различается в разных культурах, в отличие от пола, обозначающего биологические различия.",
                "гендер\nгендера",
            ),
        },
    ),
    (
        "egalitatea-de-gen",
        OSCE_2006,
        {
            "ro": (
                "Egalitatea de gen",
                "Absența discriminării pe criterii de gen în ceea ce privește șansele, resursele, beneficiile și accesul la servicii; exercitarea deplină și egală a drepturilor omului de către femei și bărbați.",
                "egalitatea de gen\negalitatea genurilor\negalității de gen",
            ),
            "en": (
                "Gender equality",
                "The absence of discrimination based on gender in opportunities, resources, benefits and access to services; women and men enjoying human rights fully and equally.",
                "gender equality",
            ),
            "ru": (
                "Гендерное равенство",
                "Отсутствие дискриминации по признаку гендера в возможностях, ресурсах, благах и доступе к услугам; полное и равное осуществление прав человека женщинами и мужчинами.",
                "гендерное равенство\nгендерного равенства\nгендерному равенству",
            ),
        },
    ),
    (
        "sex",
        OSCE_2006,
        {
            "ro": (
                "Sex",
                "Diferențele biologice dintre femei și bărbați. Spre deosebire de rolurile de gen, ele sunt universale și nu se schimbă de la o cultură la alta.",
                "diferențele biologice",
            ),
            "en": (
                "Sex",
                "The biological differences between women and men. Unlike gender roles, they are universal and do not change from one culture to another.",
                "biological differences",
            ),
            "ru": (
                "Пол",
                "Биологические различия между женщинами и мужчинами. В отличие от гендерных ролей, они универсальны и не зависят от культуры.",
                "биологические различия",
            ),
        },
    ),
    (
        "deosebiri-de-gen",
        OSCE_2006,
        {
            "ro": (
                "Deosebiri de gen",
                "Inegalitățile sau diferențele dintre femei și bărbați care decurg din rolurile de gen, de exemplu în venituri, în ocupare sau în participarea la decizii.",
                "deosebirile între genuri\ndeosebiri de gen",
            ),
            "en": (
                "Gender gap",
                "The inequalities or differences between women and men that stem from gender roles, for example in income, employment or decision-making.",
                "gender gap\ngender gaps",
            ),
            "ru": (
                "Гендерный разрыв",
                "Неравенство или различия между женщинами и мужчинами, вызванные гендерными ролями, например в доходах, занятости или участии в принятии решений.",
                "гендерный разрыв\nгендерного разрыва",
            ),
        },
    ),
    (
        "trafic-de-fiinte-umane",
        PALERMO,
        {
            "ro": (
                "Trafic de ființe umane",
                "Recrutarea, transportarea, transferul, adăpostirea sau primirea unei persoane prin amenințare, forță, înșelăciune, abuz de putere sau de vulnerabilitate ori prin plăți, în scopul exploatării ei.",
                "traficul de ființe umane\ntraficului de ființe umane\ntrafic de ființe umane",
            ),
            "en": (
                "Trafficking in human beings",
                "Recruiting, transporting, transferring, harbouring or receiving a person by threat, force, deception, abuse of power or of vulnerability, or by payments, in order to exploit them.",
                "trafficking in human beings\nhuman trafficking\ntrafficking in persons",
            ),
            "ru": (
                "Торговля людьми",
                "Вербовка, перевозка, передача, укрывательство или получение человека путём угрозы, силы, обмана, злоупотребления властью или уязвимым положением либо путём подкупа с целью его эксплуатации.",
                "торговля людьми\nторговли людьми\nторговле людьми\nторговлю людьми",
            ),
        },
    ),
    (
        "trafic-de-copii",
        PALERMO,
        {
            "ro": (
                "Trafic de copii",
                "Recrutarea, transportarea, transferul, adăpostirea sau primirea unui copil în scopul exploatării. Pentru copii nu este nevoie de amenințare, forță sau înșelăciune: scopul exploatării este suficient.",
                "traficul de copii\ntraficului de copii\ntrafic de copii",
            ),
            "en": (
                "Child trafficking",
                "Recruiting, transporting, transferring, harbouring or receiving a child for exploitation. For children no threat, force or deception is needed: the purpose of exploitation is enough.",
                "child trafficking\ntrafficking in children",
            ),
            "ru": (
                "Торговля детьми",
                "Вербовка, перевозка, передача, укрывательство или получение ребёнка с целью эксплуатации. В отношении детей угроза, сила или обман не требуются: достаточно цели эксплуатации.",
                "торговля детьми\nторговли детьми\nторговле детьми",
            ),
        },
    ),
    (
        "victima-traficului",
        COE_THB,
        {
            "ro": (
                "Victimă a traficului de ființe umane",
                "Orice persoană fizică supusă traficului de ființe umane. Victima are dreptul la asistență și protecție indiferent dacă participă sau nu la procesul penal.",
                "victimă a traficului\nvictimele traficului\nvictimelor traficului",
            ),
            "en": (
                "Victim of trafficking",
                "Any natural person subjected to trafficking in human beings. A victim is entitled to assistance and protection whether or not they take part in criminal proceedings.",
                "victim of trafficking\nvictims of trafficking",
            ),
            "ru": (
                "Жертва торговли людьми",
                "Любое физическое лицо, подвергшееся торговле людьми. Пострадавший имеет право на помощь и защиту независимо от участия в уголовном процессе.",
                "жертва торговли людьми\nжертвы торговли людьми\nжертвам торговли людьми",
            ),
        },
    ),
    (
        "exploatare",
        PALERMO,
        {
            "ro": (
                "Exploatare",
                "Folosirea unei persoane în folosul altcuiva, cel puțin prin exploatare sexuală, muncă sau servicii forțate, sclavie sau practici similare, servitute ori prelevare de organe.",
                "exploatarea\nexploatării\nexploatare",
            ),
            "en": (
                "Exploitation",
                "Using a person for someone else's gain, including at least sexual exploitation, forced labour or services, slavery or similar practices, servitude or the removal of organs.",
                "exploitation",
            ),
            "ru": (
                "Эксплуатация",
                "Использование человека в чужих интересах, как минимум сексуальная эксплуатация, принудительный труд или услуги, рабство или сходные с ним обычаи, подневольное состояние или изъятие органов.",
                "эксплуатация\nэксплуатации",
            ),
        },
    ),
    (
        "violenta-in-familie",
        ISTANBUL,
        {
            "ro": (
                "Violență în familie",
                "Orice act de violență fizică, sexuală, psihologică sau economică ce are loc în familie sau în gospodărie ori între foști sau actuali soți sau parteneri, chiar dacă nu locuiesc împreună.",
                "violența în familie\nviolenței în familie\nviolență în familie\nviolența domestică",
            ),
            "en": (
                "Domestic violence",
                "Any act of physical, sexual, psychological or economic violence within the family or household, or between former or current spouses or partners, whether or not they live together.",
                "domestic violence",
            ),
            "ru": (
                "Насилие в семье",
                "Любой акт физического, сексуального, психологического или экономического насилия в семье или домохозяйстве либо между бывшими или нынешними супругами или партнёрами, независимо от совместного проживания.",
                "насилие в семье\nнасилия в семье\nнасилию в семье\nбытовое насилие",
            ),
        },
    ),
    (
        "violenta-impotriva-femeilor",
        ISTANBUL,
        {
            "ro": (
                "Violență împotriva femeilor",
                "O încălcare a drepturilor omului și o formă de discriminare: orice act de violență bazată pe gen care provoacă sau poate provoca femeilor suferință fizică, sexuală, psihologică sau economică.",
                "violența împotriva femeilor\nviolenței împotriva femeilor",
            ),
            "en": (
                "Violence against women",
                "A violation of human rights and a form of discrimination: any act of gender-based violence that causes, or is likely to cause, women physical, sexual, psychological or economic harm.",
                "violence against women",
            ),
            "ru": (
                "Насилие в отношении женщин",
                "Нарушение прав человека и форма дискриминации: любой акт гендерного насилия, который причиняет или может причинить женщинам физический, сексуальный, психологический или экономический вред.",
                "насилие в отношении женщин\nнасилия в отношении женщин",
            ),
        },
    ),
    (
        "discriminare",
        HRC_18,
        {
            "ro": (
                "Discriminare",
                "Orice deosebire, excludere, restricție sau preferință pe criterii precum rasa, sexul, limba, religia, opinia, originea sau alt statut, care împiedică o persoană să își exercite drepturile în condiții de egalitate.",
                "discriminarea\ndiscriminării\ndiscriminare",
            ),
            "en": (
                "Discrimination",
                "Any distinction, exclusion, restriction or preference on grounds such as race, sex, language, religion, opinion, origin or other status that keeps a person from enjoying their rights on an equal footing.",
                "discrimination",
            ),
            "ru": (
                "Дискриминация",
                "Любое различие, исключение, ограничение или предпочтение по признаку расы, пола, языка, религии, убеждений, происхождения или иного статуса, мешающее человеку пользоваться своими правами наравне с другими.",
                "дискриминация\nдискриминации\nдискриминацию",
            ),
        },
    ),
    (
        "discriminare-fata-de-femei",
        CEDAW,
        {
            "ro": (
                "Discriminare față de femei",
                "Orice deosebire, excludere sau restricție pe criteriul sexului care afectează recunoașterea sau exercitarea de către femei a drepturilor omului și a libertăților fundamentale, în orice domeniu.",
                "discriminarea față de femei\ndiscriminării față de femei",
            ),
            "en": (
                "Discrimination against women",
                "Any distinction, exclusion or restriction made on the basis of sex that impairs women's recognition or enjoyment of human rights and fundamental freedoms in any field.",
                "discrimination against women",
            ),
            "ru": (
                "Дискриминация в отношении женщин",
                "Любое различие, исключение или ограничение по признаку пола, которое препятствует признанию или осуществлению женщинами прав человека и основных свобод в любой области.",
                "дискриминация в отношении женщин\nдискриминации в отношении женщин",
            ),
        },
    ),
    (
        "egalitate-de-sanse",
        EQUAL_OPPORTUNITIES_LAW,
        {
            "ro": (
                "Egalitate de șanse",
                "Asigurarea participării depline a femeilor și bărbaților, în aceleași condiții, în toate sferele vieții, fără discriminare pe criteriul sexului.",
                "egalitatea de șanse\negalității de șanse\negalitate de șanse",
            ),
            "en": (
                "Equal opportunities",
                "Ensuring that women and men take part fully, on the same terms, in every sphere of life, without discrimination on grounds of sex.",
                "equal opportunities",
            ),
            "ru": (
                "Равные возможности",
                "Обеспечение полного участия женщин и мужчин на одинаковых условиях во всех сферах жизни без дискриминации по признаку пола.",
                "равные возможности\nравных возможностей",
            ),
        },
    ),
    (
        "hartuire-sexuala",
        EQUAL_OPPORTUNITIES_LAW,
        {
            "ro": (
                "Hărțuire sexuală",
                "Un comportament nedorit cu caracter sexual care lezează demnitatea persoanei sau creează un mediu ostil, umilitor sau intimidant, inclusiv la locul de muncă.",
                "hărțuirea sexuală\nhărțuire sexuală",
            ),
            "en": (
                "Sexual harassment",
                "Unwanted conduct of a sexual nature that violates a person's dignity or creates a hostile, humiliating or intimidating environment, including at work.",
                "sexual harassment",
            ),
            "ru": (
                "Сексуальные домогательства",
                "Нежелательное поведение сексуального характера, унижающее достоинство человека или создающее враждебную, унизительную или запугивающую обстановку, в том числе на работе.",
                "сексуальные домогательства\nсексуальных домогательств",
            ),
        },
    ),
    (
        "integrarea-perspectivei-de-gen",
        ECOSOC,
        {
            "ro": (
                "Integrarea perspectivei de gen",
                "Evaluarea efectelor oricărei politici, legi sau program asupra femeilor și bărbaților, astfel încât preocupările ambelor să fie luate în calcul la fiecare etapă și inegalitatea să nu se perpetueze.",
                "integrarea perspectivei de gen\nintegrării perspectivei de gen",
            ),
            "en": (
                "Gender mainstreaming",
                "Assessing what any policy, law or programme means for women and men, so that the concerns of both are considered at every stage and inequality is not perpetuated.",
                "gender mainstreaming",
            ),
            "ru": (
                "Учёт гендерной проблематики",
                "Оценка последствий любой политики, закона или программы для женщин и мужчин, чтобы интересы тех и других учитывались на каждом этапе и неравенство не воспроизводилось.",
                "учёт гендерной проблематики\nучёта гендерной проблематики",
            ),
        },
    ),
    (
        "ordonanta-de-protectie",
        ISTANBUL,
        {
            "ro": (
                "Ordonanță de protecție",
                "Măsură dispusă de instanță pentru a proteja victima violenței, de exemplu prin obligarea agresorului să părăsească locuința sau să nu se apropie de victimă.",
                "ordonanța de protecție\nordonanței de protecție\nordonanță de protecție",
            ),
            "en": (
                "Protection order",
                "A measure ordered by a court to protect a victim of violence, for example by requiring the perpetrator to leave the home or to stay away from the victim.",
                "protection order\nprotection orders",
            ),
            "ru": (
                "Защитное предписание",
                "Мера, назначаемая судом для защиты пострадавшего от насилия, например обязанность агрессора покинуть жильё или не приближаться к пострадавшему.",
                "защитное предписание\nзащитного предписания",
            ),
        },
    ),
    (
        "mecanism-national-de-referire",
        ODIHR_NRM,
        {
            "ro": (
                "Mecanism național de referire",
                "Cadrul de cooperare prin care autoritățile și societatea civilă identifică victimele traficului, le îndrumă spre servicii și le protejează drepturile.",
                "mecanismul național de referire\nmecanismului național de referire",
            ),
            "en": (
                "National referral mechanism",
                "The framework of cooperation through which state authorities and civil society identify victims of trafficking, refer them to services and protect their rights.",
                "national referral mechanism",
            ),
            "ru": (
                "Национальный механизм перенаправления",
                "Система сотрудничества, в рамках которой государственные органы и гражданское общество выявляют жертв торговли людьми, направляют их к услугам и защищают их права.",
                "национальный механизм перенаправления\nнационального механизма перенаправления",
            ),
        },
    ),
    (
        "perioada-de-reflectie",
        COE_THB,
        {
            "ro": (
                "Perioadă de recuperare și reflecție",
                "Un răgaz de cel puțin 30 de zile acordat unei presupuse victime a traficului pentru a se recupera și a decide, în cunoștință de cauză, dacă cooperează cu autoritățile.",
                "perioada de recuperare și reflecție\nperioadă de reflecție",
            ),
            "en": (
                "Recovery and reflection period",
                "A period of at least 30 days given to a presumed victim of trafficking to recover and to decide, with full knowledge, whether to cooperate with the authorities.",
                "reflection period\nrecovery and reflection period",
            ),
            "ru": (
                "Период восстановления и размышления",
                "Срок не менее 30 дней, предоставляемый предполагаемой жертве торговли людьми, чтобы восстановиться и осознанно решить, сотрудничать ли с властями.",
                "период восстановления и размышления\nпериода размышления",
            ),
        },
    ),
    (
        "munca-fortata",
        ILO_29,
        {
            "ro": (
                "Muncă forțată",
                "Orice muncă sau serviciu cerut unei persoane sub amenințarea unei pedepse și pentru care persoana nu s-a oferit de bunăvoie.",
                "munca forțată\nmuncă forțată\nmuncii forțate",
            ),
            "en": (
                "Forced labour",
                "Any work or service demanded of a person under the threat of a penalty and which the person has not offered to do voluntarily.",
                "forced labour",
            ),
            "ru": (
                "Принудительный труд",
                "Любая работа или служба, требуемая от человека под угрозой наказания, для которой он не предложил своих услуг добровольно.",
                "принудительный труд\nпринудительного труда",
            ),
        },
    ),
    (
        "trafic-ilegal-de-migranti",
        SMUGGLING,
        {
            "ro": (
                "Trafic ilegal de migranți",
                "Facilitarea intrării ilegale a unei persoane într-un stat al cărui cetățean sau rezident nu este, pentru un folos material. Spre deosebire de traficul de ființe umane, scopul nu este exploatarea.",
                "traficul ilegal de migranți\ntraficului ilegal de migranți",
            ),
            "en": (
                "Smuggling of migrants",
                "Arranging a person's illegal entry into a state of which they are not a national or resident, for a material benefit. Unlike trafficking, its purpose is not exploitation.",
                "smuggling of migrants\nmigrant smuggling",
            ),
            "ru": (
                "Незаконный ввоз мигрантов",
                "Обеспечение незаконного въезда человека в государство, гражданином или постоянным жителем которого он не является, ради материальной выгоды. В отличие от торговли людьми, цель — не эксплуатация.",
                "незаконный ввоз мигрантов\nнезаконного ввоза мигрантов",
            ),
        },
    ),
    (
        "masuri-speciale-temporare",
        CEDAW,
        {
            "ro": (
                "Măsuri speciale temporare",
                "Măsuri luate pentru o perioadă limitată ca să accelereze egalitatea de fapt între femei și bărbați, de exemplu cote; ele nu sunt considerate discriminare.",
                "măsuri speciale temporare\nmăsurile speciale temporare",
            ),
            "en": (
                "Temporary special measures",
                "Measures taken for a limited time to speed up de facto equality between women and men, such as quotas; they are not regarded as discrimination.",
                "temporary special measures",
            ),
            "ru": (
                "Временные специальные меры",
                "Меры, принимаемые на ограниченный срок для ускорения фактического равенства женщин и мужчин, например квоты; они не считаются дискриминацией.",
                "временные специальные меры\nвременных специальных мер",
            ),
        },
    ),
]
