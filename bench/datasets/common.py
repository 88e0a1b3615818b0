"""What the generated records share: made-up Moldovan names, the years they span, choices.

The records span ten whole calendar years (fixed, not relative to today, so a
seed always gives the same database and the same figures).
"""

import datetime as dt
import random

FIRST_YEAR, LAST_YEAR = 2017, 2026
FIRST_DAY, LAST_DAY = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)

FEMALE = (
    "Ana", "Maria", "Elena", "Natalia", "Olga", "Tatiana", "Svetlana", "Irina", "Cristina",
    "Mariana", "Diana", "Victoria", "Alina", "Galina", "Valentina", "Lilia", "Ludmila",
    "Rodica", "Veronica", "Angela", "Aurelia", "Doina", "Larisa", "Nadejda", "Silvia",
    "Tamara", "Viorica", "Zinaida", "Liliana", "Inga", "Corina", "Daniela", "Eugenia",
    "Oxana", "Stela",
)  # fmt: skip
MALE = (
    "Ion", "Vasile", "Andrei", "Alexandru", "Nicolae", "Sergiu", "Mihai", "Victor", "Igor",
    "Dumitru", "Gheorghe", "Vladimir", "Petru", "Valeriu", "Ruslan", "Oleg", "Dmitri",
    "Iurie", "Vitalie", "Constantin", "Eugen", "Radu", "Serghei", "Anatol", "Pavel",
    "Grigore", "Octavian", "Adrian", "Marcel", "Dorin", "Veaceslav", "Artur", "Maxim",
    "Denis", "Tudor",
)  # fmt: skip
SURNAMES = (
    "Rusu", "Ciobanu", "Ceban", "Lungu", "Cojocaru", "Munteanu", "Popa", "Turcan", "Sarbu",
    "Rotari", "Moraru", "Botnari", "Bivol", "Guțu", "Roșca", "Cebotari", "Plămădeală",
    "Croitoru", "Țurcanu", "Mocanu", "Vrabie", "Zaharia", "Grosu", "Bejenari", "Stratan",
    "Melnic", "Ungureanu", "Lupu", "Cazacu", "Chiriac", "Oprea", "Bodrug", "Gorincioi",
    "Railean", "Morari", "Cucu", "Ivanov", "Petrov", "Sidorenco", "Kovalenco", "Popov",
    "Smirnov", "Bondarenco", "Tcaci", "Bulgaru", "Negru", "Cernei", "Dodon", "Nistor",
    "Pascal", "Donica", "Ursu", "Malai", "Caraman", "Cazac", "Balan", "Rotaru",
)  # fmt: skip

# The gender recorded for a person: mostly known, some not stated (the gender lens counts them).
GENDERS = (("female", 0.52), ("male", 0.42), ("other", 0.01), ("", 0.05))


def gender(rng: random.Random) -> str:
    return rng.choices([g for g, _w in GENDERS], weights=[w for _g, w in GENDERS])[0]


def full_name(rng: random.Random, gender_: str) -> str:
    first = rng.choice(
        MALE if gender_ == "male" else FEMALE if gender_ == "female" else MALE + FEMALE
    )
    return f"{first} {rng.choice(SURNAMES)}"


def pick(rng: random.Random, weighted: dict):
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]


def day(rng: random.Random, first: dt.date = FIRST_DAY, last: dt.date = LAST_DAY) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def weights(count: int) -> list[float]:
    """Cumulative Zipf-like weights: a few large organisations, a long tail of small ones."""
    total, cumulative = 0.0, []
    for rank in range(count):
        total += 1 / (rank + 10)
        cumulative.append(total)
    return cumulative
