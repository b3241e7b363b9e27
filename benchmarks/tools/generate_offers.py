#!/usr/bin/env python3
"""Writes seeded synthetic job offers for the CLI and Python benchmarks.

Same idea as benchmarks/corpus/synthetic_offers.cpp (not byte-identical):
offers of about --bytes UTF-8 bytes built from sentence templates, ~30% with
risky phrases, in English, Serbian Latin (with or without diacritics),
Serbian Cyrillic, obfuscated, or a mix (35% Cyrillic, 25% Latin, 20% Latin
without diacritics, 15% English, 5% obfuscated). Same arguments, same file.

    generate_offers.py --count 1000 --seed 1 --format jsonl --out offers.jsonl
"""

import argparse
import csv
import json
import random
import sys

# Contact details and brand names are neither transliterated nor obfuscated.
KEEP_OPEN, KEEP_CLOSE = "\x01", "\x02"

JOBS = ["konobar", "kuvar", "pomoćni radnik", "vozač kamiona", "negovateljica",
        "medicinska sestra", "zidar", "keramičar", "moler", "sobarica", "pekar", "mesar",
        "magacioner", "berač voća", "radnik u fabrici", "recepcioner", "čistačica", "šanker",
        "električar", "vodoinstalater", "dadilja", "hostesa", "plesačica", "vozač dostave",
        "tesar", "armirač", "fasader", "bravar", "zavarivač"]
CITIES = ["Beogradu", "Novom Sadu", "Nišu", "Kragujevcu", "Subotici", "Čačku", "Kraljevu",
          "Zrenjaninu", "Pančevu", "Šapcu", "Užicu", "Vranju", "Leskovcu", "Somboru"]
ABROAD = ["u Nemačkoj", "u Austriji", "u Beču", "u Minhenu", "u Dubaiju", "na Malti",
          "u Holandiji", "u Slovačkoj", "u Češkoj", "na Kipru", "u Italiji", "u Švajcarskoj",
          "u Hamburgu", "u Štutgartu", "u Bratislavi", "u Pragu"]
COMPANIES = ["Gradnja Plus", "Eko Mont", "Sever Trans", "Dunav Servis", "Morava Food",
             "Alfa Kadrovi", "Balkan Rad", "Zlatna Ruka", "Euro Posao"]
TITLES = ["Posao {abroad} - {job}", "Potreban {job}", "Oglas: {job} u {city}", "HITNO {job}",
          "Zapošljavamo: {job}"]
BENIGN = [
    "Tražimo {job} za rad u {city}.",
    "Firma {company} zapošljava {job}.",
    "Potreban je {job} sa iskustvom od najmanje dve godine.",
    "Radno vreme je od 7 do 15 časova, subota neradna.",
    "Nudimo ugovor na neodređeno vreme i redovnu platu.",
    "Plata {pay} mesečno, isplata do petog u mesecu.",
    "Obezbeđen topli obrok i prevoz do posla.",
    "Prijave sa biografijom slati na {email}.",
    "Za sve informacije pozvati {phone} radnim danima.",
    "Probni rad traje mesec dana, uz punu platu.",
    "Poželjno je poznavanje engleskog ili nemačkog jezika.",
    "Rad u smenama, prekovremeni sati se posebno plaćaju.",
    "Zaposlenima pripadaju plaćeni godišnji odmor i bolovanje.",
    "Nudimo obuku na radnom mestu i mogućnost napredovanja.",
    "Posao je {abroad}, preko agencije sa licencom ministarstva.",
    "Radna dozvola i prijava se rešavaju pre polaska.",
    "Smeštaj je u dvokrevetnim sobama, trošak od {small} eur se odbija od plate.",
    "Javite se na {messenger} {phone} ili pošaljite poruku.",
    "Rok za prijavu je kraj meseca.",
]
RISKY = [
    "Laka zarada, bez iskustva, posao odmah!",
    "Hitno potrebne devojke {age} za rad {abroad}.",
    "Put plaćen, smeštaj obezbeđen, zarada do {pay}.",
    "Pošaljite kopiju pasoša i fotografiju na {messenger} {phone}.",
    "Nije potrebno znanje jezika ni iskustvo.",
    "Plata {pay} nedeljno, isplata u kešu.",
    "Pasoš ostavljate kod poslodavca radi sigurnosti.",
    "Kotizacija od {small} eur plaća se unapred za vizu i papire.",
    "Hitno! Polazak za tri dana, javite se odmah.",
    "Troškove puta vraćate od prve plate.",
    "Radi se bez prijave, plata na ruke.",
    "Kontakt samo preko {messenger}, ne zovite.",
]
JOBS_EN = ["waiter", "cook", "warehouse worker", "truck driver", "caregiver", "nurse",
           "cleaner", "hotel maid", "factory worker", "fruit picker", "bartender", "dancer"]
PLACES_EN = ["Germany", "Austria", "Vienna", "Munich", "Dubai", "Malta", "Cyprus", "Prague"]
BENIGN_EN = [
    "We are hiring a {job_en} in {place_en}.",
    "Full-time contract, paid holidays and health insurance.",
    "Salary {pay_en} per month before tax.",
    "At least two years of experience and basic English required.",
    "Please send your CV to {email}.",
    "The employer provides a work permit and a written contract.",
    "Call {phone} for more information.",
]
RISKY_EN = [
    "Easy money, no experience needed, start today!",
    "A registration fee of {small} EUR is required before departure.",
    "Send a copy of your passport on {messenger} {phone}.",
    "Urgent! Girls 18-25 wanted for work in {place_en}.",
    "Your passport will be kept by the employer for safety.",
    "Keep this offer confidential, contact only via {messenger}.",
]
MESSENGERS = ["Viber", "WhatsApp", "Viber/WhatsApp", "Telegram"]
MAIL_NAMES = ["posao", "kadrovi", "info", "jobs", "milan", "jelena", "agencija"]
MAIL_HOSTS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "posao.rs"]
AGES = ["18-25", "18 do 30", "od 20 do 28"]

# Serbian Latin to Cyrillic: lj, nj, dž are single Cyrillic letters, so first.
TO_CYRILLIC = [("Lj", "Љ"), ("LJ", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("NJ", "Њ"), ("nj", "њ"),
               ("Dž", "Џ"), ("DŽ", "Џ"), ("dž", "џ")] + list(zip(
                   "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš",
                   "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш"))
TO_ASCII = [("č", "c"), ("ć", "c"), ("š", "s"), ("ž", "z"), ("đ", "dj"),
            ("Č", "C"), ("Ć", "C"), ("Š", "S"), ("Ž", "Z"), ("Đ", "Dj")]
LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"})
LOOK_ALIKES = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с"})


def kept(text):
    return KEEP_OPEN + text + KEEP_CLOSE


def thousands(amount):
    return f"{amount:,}".replace(",", ".")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng):
    return rng.choice([
        lambda: f"+381 6{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)}",
        lambda: f"06{digits(rng, 1)}/{digits(rng, 3)}-{digits(rng, 3)}",
        lambda: f"06{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
        lambda: f"+49 15{digits(rng, 1)} {digits(rng, 4)} {digits(rng, 4)}",
    ])()


def pay(rng):
    amount = 800 + 100 * rng.randrange(30)
    return rng.choice([f"{thousands(amount)} eur", f"{thousands(amount)} €", f"{amount} evra",
                       f"{thousands(amount)} do {thousands(amount + 600)} eur",
                       f"{thousands(amount * 117)} dinara"])


def fill(template, rng):
    slots = {
        "job": lambda: rng.choice(JOBS),
        "city": lambda: rng.choice(CITIES),
        "abroad": lambda: rng.choice(ABROAD),
        "company": lambda: kept(f'"{rng.choice(COMPANIES)}" d.o.o.'),
        "pay": lambda: pay(rng),
        "small": lambda: str(100 + 50 * rng.randrange(10)),
        "phone": lambda: phone(rng),
        "messenger": lambda: kept(rng.choice(MESSENGERS)),
        "age": lambda: rng.choice(AGES),
        "email": lambda: kept(f"{rng.choice(MAIL_NAMES)}{digits(rng, rng.randrange(3))}"
                              f"@{rng.choice(MAIL_HOSTS)}"),
        "job_en": lambda: rng.choice(JOBS_EN),
        "place_en": lambda: rng.choice(PLACES_EN),
        "pay_en": lambda: f"EUR {thousands(900 + 100 * rng.randrange(30))}",
    }
    out, i = [], 0
    while i < len(template):
        if template[i] == "{":
            close = template.index("}", i)
            out.append(slots[template[i + 1:close]]())
            i = close + 1
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def replace_outside_kept(text, pairs):
    out, i, keep = [], 0, False
    while i < len(text):
        ch = text[i]
        if ch in (KEEP_OPEN, KEEP_CLOSE):
            keep = ch == KEEP_OPEN
            out.append(ch)
            i += 1
            continue
        for src, dst in ([] if keep else pairs):
            if text.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def obfuscate_word(word, rng):
    how = rng.randrange(6)
    if how == 0:
        return " ".join(word)
    if how == 1:
        return ".".join(word)
    if how == 2:
        return word.translate(LEET)
    if how == 3:
        return word.translate(LOOK_ALIKES)
    if how == 4:
        return "\u200b".join(word)
    return word[:len(word) // 2] + "\u00ad" + word[len(word) // 2:]


def obfuscate(text, rng):
    parts, keep = [], False
    for token in _tokens(text):
        if token in (KEEP_OPEN, KEEP_CLOSE):
            keep = token == KEEP_OPEN
            parts.append(token)
        elif not keep and token.isascii() and token.isalpha() and len(token) >= 4 \
                and rng.random() < 0.35:
            parts.append(obfuscate_word(token, rng) + (" \U0001F4B0" if rng.random() < 0.1 else ""))
        else:
            parts.append(token)
    return "".join(parts)


def _tokens(text):
    token = ""
    for ch in text:
        if ch.isascii() and ch.isalpha():
            token += ch
            continue
        if token:
            yield token
            token = ""
        yield ch
    if token:
        yield token


def render(latin, script, rng):
    if script == "serbian_cyrillic":
        text = replace_outside_kept(latin, TO_CYRILLIC)
    elif script == "serbian_latin_ascii":
        text = replace_outside_kept(latin, TO_ASCII)
    elif script == "obfuscated":
        base = replace_outside_kept(latin, TO_ASCII) if rng.random() < 0.5 else latin
        text = obfuscate(base, rng)
    else:
        text = latin
    return text.replace(KEEP_OPEN, "").replace(KEEP_CLOSE, "")


def draw_script(rng):
    x = rng.randrange(100)
    if x < 35:
        return "serbian_cyrillic"
    if x < 60:
        return "serbian_latin"
    if x < 80:
        return "serbian_latin_ascii"
    if x < 95:
        return "english"
    return "obfuscated"


def offer(script, approx_bytes, rng):
    if script == "mixed":
        script = draw_script(rng)
    english = script == "english"
    risky_left = 2 + rng.randrange(3) if rng.random() < 0.3 else 0
    if english:
        text = "Job offer: " + fill("{job_en} in {place_en}", rng)
    else:
        text = render(fill(rng.choice(TITLES), rng), script, rng)
    text += "\n\n" if rng.random() < 0.5 else "\n"
    while len(text.encode()) < approx_bytes:
        risky = risky_left > 0 and rng.random() < 0.25
        if risky:
            risky_left -= 1
        pool = (RISKY_EN if risky else BENIGN_EN) if english else (RISKY if risky else BENIGN)
        sentence = fill(rng.choice(pool), rng)
        text += render(sentence, "english" if english else script, rng)
        text += "\n" if rng.random() < 0.15 else " "
    return text


SCRIPTS = ["english", "serbian_latin", "serbian_latin_ascii", "serbian_cyrillic", "obfuscated",
           "mixed"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True, help="number of offers")
    parser.add_argument("--seed", type=int, required=True, help="random seed")
    parser.add_argument("--format", choices=["jsonl", "csv"], required=True)
    parser.add_argument("--out", required=True, help="output file ('-' for stdout)")
    parser.add_argument("--script", choices=SCRIPTS, default="mixed")
    parser.add_argument("--bytes", type=int, default=2048, help="approximate bytes per offer")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    offers = [offer(args.script, args.bytes, rng) for _ in range(args.count)]
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="")
    try:
        if args.format == "jsonl":
            for i, text in enumerate(offers, 1):
                out.write(json.dumps({"id": f"o{i}", "text": text}, ensure_ascii=False) + "\n")
        else:
            writer = csv.writer(out)
            writer.writerow(["id", "text"])
            for i, text in enumerate(offers, 1):
                writer.writerow([f"o{i}", text])
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
