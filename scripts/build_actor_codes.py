"""Build ``src/marsad/lexicons/actor_codes.tsv``: CAMEO actor roles of Arabic titles and group nouns, and
CAMEO codes of named actors, for the actor codes of events (country + role: SYRMIL, RUSGOV).

Data: the agent and actor dictionaries of the Universal PETRARCH Arabic project
(../shared/data/events/universalpetrarch_arabic/dictionaries: ``agents.all.ar.txt``, ``actor_dict_ar_v4.txt``;
MIT, Copyright (c) 2016 Open Event Data Alliance), read, folded and reduced, plus the titles of
:data:`SUPPLEMENT` written for marsad (news titles the dictionaries lack or code otherwise). The output holds
one row per form: the folded form (article and trailing underscores removed, a nisba's feminine ending
reduced, see :func:`key`), its code, and its kind:

- ``role``: a title or group noun and its primary CAMEO role (وزير → GOV, جيش → MIL, شرطة → COP);
- ``name``: a named actor and its full code at the dictionary's latest date (حماس → PSEREB).

Rebuild: ``.venv/bin/python scripts/build_actor_codes.py [--shared ../shared]``
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from marsad.events.actor_codes import key

ROLES = frozenset("GOV MIL COP JUD LEG OPP REB BUS MED EDU HLH CVL REF SPY IGO PTY LAB REL AGR ELI UAF NGO".split())
# titles and group nouns of news text, written for marsad (they win over the dictionaries)
SUPPLEMENT = {
    "GOV": "حكومة|حكومات|وزير|وزيرة|وزراء|وزارة|رئيس|رئيسة|رئيس الوزراء|رئيس الحكومة|رئاسة|ملك|أمير|ولي العهد|"
           "سلطات|سلطة|نظام|إدارة|متحدث|ناطق|سفير|سفارة|دبلوماسي|دبلوماسيين|مندوب|محافظ|خارجية|داخلية|"
           "مجلس الوزراء|قصر|بلدية|وكيل وزارة|مستشار|نائب الرئيس|الرئاسة|حاكم|نظيره|نظيرته|نظيرها|نظرائه",
    "MIL": "جيش|جيوش|قوات|جنود|جندي|عسكريين|عسكريون|قوات مسلحة|قائد|جنرال|لواء|عقيد|رئيس الأركان|أركان|"
           "طيران|طائرات|بحرية|سلاح الجو|حرس|الحرس الثوري|كتيبة|فرقة|وزارة الدفاع|وزير الدفاع|التحالف",
    "COP": "شرطة|شرطيين|شرطيون|أمن|قوات الأمن|عناصر الأمن|مكافحة الشغب|دورية|أجهزة الأمن|الأمن العام|"
           "وزارة الداخلية|وزير الداخلية|حرس الحدود",
    "JUD": "محكمة|قضاء|قاض|قاضي|نيابة|النيابة العامة|النائب العام|المدعي العام|هيئة التحقيق",
    "LEG": "برلمان|مجلس النواب|نواب|نائب|مجلس الشورى|مجلس الأمة|الكونغرس|مجلس الشيوخ|الكنيست|برلماني",
    "OPP": "معارضة|معارضين|معارضون|متظاهرين|متظاهرون|محتجين|محتجون|ناشطين|ناشطون|نشطاء|معتصمين",
    "REB": "متمردين|متمردون|مسلحين|مسلحون|مقاتلين|مقاتلون|ميليشيا|ميليشيات|فصائل|ثوار|تنظيم|داعش|"
           "الحوثيين|الحوثيون|جماعة|انتحاري|إرهابيين|إرهابيون",
    "PTY": "حزب|أحزاب",
    "CVL": "مدنيين|مدنيون|مواطنين|مواطنون|سكان|أهالي|أشخاص|عشائر|قبيلة",
    "EDU": "طلاب|طلبة|جامعة|مدرسة|معلمين",
    "LAB": "عمال|نقابة|نقابات|موظفين",
    "REF": "لاجئين|لاجئون|نازحين|نازحون",
    "MED": "صحيفة|صحف|صحفي|صحفيين|قناة|تلفزيون|وكالة|إعلام|إعلاميين|مراسل",
    "BUS": "شركة|شركات|بنك|مصرف|رجال الأعمال|غرفة التجارة",
    "HLH": "مستشفى|وزارة الصحة|أطباء|طبيب",
    "REL": "مفتي|إمام|شيخ|رجال الدين|هيئة كبار العلماء|الأزهر|كنيسة",
    "SPY": "استخبارات|مخابرات|الاستخبارات",
    "IGO": "الأمم المتحدة|مجلس الأمن|الجامعة العربية|جامعة الدول العربية|مجلس التعاون|الاتحاد الأوروبي|"
           "الاتحاد الأفريقي|حلف الناتو|الناتو|منظمة التعاون الإسلامي|البنك الدولي|صندوق النقد الدولي",
}
_AGENT = re.compile(r"\[~([A-Z]{3})[A-Z]*\]\s*(?:#[^\u0621-\u064a]*)?([\u0621-\u064a][\u0621-\u064a\u064b-\u0652 ]*)")
_CODE = re.compile(r"\[([A-Z]{3,9})\s*(?:([<>])\s*(\d{8})|\d{8}-(\d{8}))?\]")


def read_agents(path: Path) -> dict[str, str]:
    """Form → primary role, the most frequent role of a form."""
    votes: dict[str, Counter[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _AGENT.search(line)
        if not m or m.group(1) not in ROLES:
            continue
        form = key(m.group(2))
        if form and len(form.split()) <= 3:
            votes.setdefault(form, Counter())[m.group(1)] += 1
    return {form: c.most_common(1)[0][0] for form, c in votes.items()}


def read_actors(path: Path) -> dict[str, str]:
    """Named actor → code at its latest date (an open end, 18000101, is the latest)."""
    out: dict[str, str] = {}
    name: str | None = None
    best: tuple[str, str] | None = None

    def flush() -> None:
        if name and best and len(name.split()) <= 5:
            out.setdefault(name, best[1])

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            flush()
            head = line.split("[", 1)
            name = key(head[0].replace("_", " ")) or None
            best = None
        for m in _CODE.finditer(line):
            # [CODE], [CODE >FROM] and [CODE FROM-18000101] are open-ended; [CODE <UNTIL], [CODE FROM-UNTIL] end
            end = m.group(3) if m.group(2) == "<" else m.group(4) or "18000101"
            rank = "99999999" if end == "18000101" else end
            if best is None or rank >= best[0]:
                best = (rank, m.group(1))
    flush()
    return {n: c for n, c in out.items() if re.fullmatch(r"[A-Z]{3}[A-Z]{0,6}", c)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "src/marsad/lexicons/actor_codes.tsv"))
    args = ap.parse_args()
    root = Path(args.shared) / "data/events/universalpetrarch_arabic/dictionaries"
    roles = read_agents(root / "agents.all.ar.txt")
    for role, forms in SUPPLEMENT.items():
        for form in forms.split("|"):
            roles[key(form)] = role
    names = {n: c for n, c in read_actors(root / "actor_dict_ar_v4.txt").items() if n not in roles}
    rows = [f"{form}\t{code}\trole" for form, code in sorted(roles.items())]
    rows += [f"{form}\t{code}\tname" for form, code in sorted(names.items())]
    header = [
        "# source: built by scripts/build_actor_codes.py from the agent and actor dictionaries of Universal PETRARCH "
        "Arabic (MIT, Copyright (c) 2016 Open Event Data Alliance) and titles written for marsad; licence: MIT",
        "# columns: form\tcode\tkind",
        "# form\tcode\tkind",
        "# form: folded, the article removed from each word, a nisba's feminine ending reduced"
        " (marsad.events.actor_codes.key)",
        "# kind: role = a title or group noun and its CAMEO role; name = a named actor and its CAMEO code",
    ]
    Path(args.out).write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(roles)} roles, {len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
