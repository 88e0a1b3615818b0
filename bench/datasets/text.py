"""Seeded filler text in Romanian, English and Russian for generated content.

A few hundred real words per language (so searches for real words find a
realistic share of the pages) plus syllable-built words for a long tail, drawn
with a Zipf-like weight as in natural text.
"""

import itertools
import random

WORDS = {
    "ro": (
        "trafic ființe umane prevenire protecție victime asistență egalitate gen violență "
        "domestică femei copii familie comunitate raion primărie consiliu rețea parteneri "
        "program proiect instruire seminar atelier conferință raport anual plan acțiune "
        "strategie națională politici publice drepturi servicii sociale centru consiliere "
        "juridică psihologică linie fierbinte migrație muncă exploatare recrutare frontieră "
        "poliție procuratură instanță lege hotărâre guvern ministerul sănătății educației "
        "muncii protecției sociale organizație neguvernamentală voluntari campanie informare "
        "sensibilizare școală tineri elevi profesori părinți Chișinău Bălți Cahul Orhei "
        "Ungheni Soroca Comrat Edineț Hîncești Strășeni cooperare internațională finanțare "
        "donatori evaluare monitorizare date statistică cercetare studiu recomandări "
        "reintegrare adăpost locuință angajare formare profesională mediator comunitar "
        "asistent social medic psiholog avocat judecător procuror coordonator echipă "
        "multidisciplinară referire caz identificare repatriere întoarcere sprijin"
    ),
    "en": (
        "trafficking human beings prevention protection victims assistance equality gender "
        "violence domestic women children family community district mayor council network "
        "partners programme project training seminar workshop conference annual report plan "
        "action strategy national public policy rights social services centre counselling "
        "legal psychological hotline migration labour exploitation recruitment border police "
        "prosecutor court law decision government ministry health education organisation "
        "volunteers campaign information awareness school youth pupils teachers parents "
        "Chisinau Balti Cahul Orhei Ungheni Soroca Comrat Edinet Hincesti Straseni "
        "international cooperation funding donors evaluation monitoring data statistics "
        "research study recommendations reintegration shelter housing employment vocational "
        "mediator social worker doctor psychologist lawyer judge coordinator team "
        "multidisciplinary referral case identification repatriation return support"
    ),
    "ru": (
        "торговля людьми профилактика защита жертвы помощь равенство гендер насилие "
        "семейное женщины дети семья сообщество район мэрия совет сеть партнёры программа "
        "проект обучение семинар тренинг конференция годовой отчёт план действий стратегия "
        "национальная политика права социальные услуги центр консультирование юридическая "
        "психологическая горячая линия миграция труд эксплуатация вербовка граница полиция "
        "прокуратура суд закон решение правительство министерство здравоохранения "
        "образования организация волонтёры кампания информирование школа молодёжь ученики "
        "учителя родители Кишинёв Бельцы Кагул Орхей Унгены Сороки Комрат Единцы Хынчешты "
        "Страшены международное сотрудничество финансирование доноры оценка мониторинг "
        "данные статистика исследование рекомендации реинтеграция приют жильё "
        "трудоустройство профессиональная подготовка медиатор социальный работник врач "
        "психолог адвокат судья координатор команда многопрофильная направление случай "
        "выявление репатриация возвращение поддержка"
    ),
}

SYLLABLES = {
    "ro": "ba ca de fi ga la ma ne po ri sa tu va ze ră ță șe ști mî cu lo pe",
    "en": "ba co de fi ga la mo ne po ri sa tu ve ze th er an st in ou re al",
    "ru": "ба ко де фи га ла мо не по ри са ту ве зе ст ер ан ов ин ый ре ал",
}
TAIL_WORDS = 2500


class Vocabulary:
    def __init__(self, language: str, rng: random.Random):
        real = WORDS[language].split()
        syllables = SYLLABLES[language].split()
        tail = [
            "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
            for _ in range(TAIL_WORDS)
        ]
        self.words = real + tail
        # Zipf-like: the n-th word is drawn with weight 1/n.
        self.cumulative = list(itertools.accumulate(1 / (n + 1) for n in range(len(self.words))))
        self.real = real

    def sentence(self, rng: random.Random, length: int) -> str:
        words = rng.choices(self.words, cum_weights=self.cumulative, k=length)
        words[0] = words[0][:1].upper() + words[0][1:]
        return " ".join(words)

    def paragraph(self, rng: random.Random, sentences: int) -> str:
        return ". ".join(self.sentence(rng, rng.randint(8, 16)) for _ in range(sentences)) + "."
