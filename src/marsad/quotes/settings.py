"""Thresholds and word sets of the quote finder (folded forms; the cues themselves are data in
``lexicons/reporting_verbs.tsv``)."""

from __future__ import annotations

from marsad.quotes.words import QUOTE_OPEN
from marsad.resources import read_table
from marsad.text.normalize import fold

MAX_REGION = 28  # words between a cue and its complement
# Words that end a speaker region: what follows them is an adjunct (في مؤتمر صحفي، خلال لقائه، أمام البرلمان).
# (على is left out: folded it is the name علي.)
STOP = frozenset(
    "في خلال اثناء امام عقب بعد قبل اثر لدي عند مع حول الي من منذ عبر ضمن خلف وسط بين بالقول".split()
)
# An adjunct of occasion between a speaker's name and its cue's preposition (خلال اللقاء، في كلمته): its
# preposition and the most words it spans.
ADJUNCT_PREPOSITIONS = frozenset("خلال اثناء في لدي امام عقب".split())
ADJUNCT_WORDS = 3
# Complementizers without a pronoun: opening a quotation, they are not its content (a pronoun on one, «إنه
# أمر ...», is the subject of what is quoted).
BARE_COMPLEMENTIZERS = frozenset("ان بان".split())
TIME_WORDS = frozenset(
    "اليوم امس غدا الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت صباح مساء ليل ظهر الليله".split()
)
KEEP_GOING = frozenset({"عن"})
RELAY_AS = frozenset("كما وكما حسبما وحسبما".split())  # كما نقلت عنها الوكالة: a relay clause in a speaker region
RELAYED_PRONOUNS = frozenset("عنه عنها عنهم عنهما به بها بهم".split())  # كما نقلت عنها: whom the outlet relays
SIDE = frozenset("جهته جهتها جانبه جانبها جهتهم جانبهم".split())  # من جهته، بين ...: the verb بيّن
OPENERS = QUOTE_OPEN | {"("}  # what may enclose an outlet's name after لـ
# "ما قاله X" (what X said) after a relaying outlet.
SAID = frozenset("قاله قالته قالوه قالاه قالتاه".split())
# Relative pronouns: a segment they open describes the speaker (المصدر، الذي لم تتم تسميته،) and is not it.
RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللواتي اللاتي".split())
# Nouns that make "على/في X" an adjunct, not a cue's preposition (أكد الوزير على هامش المؤتمر أن ...).
ADJUNCT_HEADS = frozenset("هامش راس مستوي صعيد خلفيه ضوء سبيل مدي مدار اثر وقع".split())
QUOTED_WORDS = 4  # a quotation mark after the speaker opens a direct quote when it quotes this many words
# Nouns of a state before its name (دانت دولة الإمارات ...): the speaker goes on to the name.
STATE_HEADS = frozenset("دوله".split())
# Courts and judges: a condemnation verb with one as its subject convicts (أدانت المحكمة فلانا بـ ...).
COURTS = frozenset("محكمه المحكمه محكمتا محكمتان المحكمتان محاكم المحاكم القاضي قاض القضاء".split())
# Words after من that open no one a call is made of (من أجل ...، من خلال ...، من جهته).
NOT_ADDRESSEES = frozenset("اجل خلال خلاله خلالها جهته جهتها جانبه جانبها جديد ناحيه قبل".split())
ADDRESSEE_WORDS = 9  # words of whom a call is made of, after من (طالب المدرب من عضو شرف النادي الأمير فلان ضرورة ...)
MAX_OBJECT_REGION = 8  # words between a cue and a direct-object content (أعلنت وزارة التجارة والصناعة بدء ...)
APPOSITION_WORDS = 12  # words of a speaker's name and apposition before the comma that a direct object follows
# Words that are no verbal-noun object after a speaker: demonstratives, pronouns, quantifiers, particles,
# ordinals, and the heads of roles in apposition to a name (كشف حسين الغامدي مدير فريق ...).
ROLE_HEADS = frozenset(
    "مدير مديره عضو امين مستشار متحدث مساعد وكيل محافظ قائد مندوب استاذ خبير صاحب معالي سعاده فضيله سماحه".split()
)
NOT_OBJECTS = frozenset(
    "ذلك هذا هذه تلك هؤلاء هو هي هم انه انها كل بعض جميع عدم ايضا كذلك قد لا لم لن ما اولي ثاني ثانيه".split()
) | ROLE_HEADS
# Particles that open a clause before its verb (أنه لا يعترف، إنه قد أعلن، أنها لن تقبل): a cue after them
# alone is the verb of the clause that a complementizer opened, and the content goes on through it.
VERB_PARTICLES = frozenset("لا لم لن ما قد لقد سوف".split())
# A preposition with a pronoun suffix (في بيان أوضحت فيه، تحدث إلينا): never the speaker.
_PREPOSITIONS = "في الي علي عن من مع ل ب لدي عند خلال اثناء".split()
_SUFFIXES = "ه ها هم هما هن نا ك كم ي".split()
PRONOUN_PREPS = frozenset(p + s for p in _PREPOSITIONS for s in _SUFFIXES) | {"عنا", "منا", "لي", "بي"}
# Words that open a segment describing the speaker, not naming it (مصدر، طلب عدم نشر اسمه،).
DESCRIBERS = frozenset("طلب فضل رفض اشترط".split())
# "المسؤول ذاته", "المتحدث نفسه": the speaker named before.
SAME = frozenset("ذاته ذاتها نفسه نفسها عينه عينها ذاتهم انفسهم".split())
SPEAKER_MEMORY = 6  # earlier speakers searched for one that agrees in gender with a pronoun cue
# Broken plurals of people heading a speaker (شهود عيان، أعضاء المجلس): a plural cue (وأضافوا) may continue them.
# (and the people set of lexicons/speaker_words.tsv: جموع، عشرات، ذوو ...)
PEOPLE_PLURALS = frozenset("شهود سكان اهالي اعضاء خبراء نشطاء قاده مسؤولو علماء اطباء طلاب ممثلو ممثلي".split()) | (
    frozenset(fold(row["form"]) for row in read_table("speaker_words") if row["set"] == "people"))
# Plurals of people only with their article (البعض; بعض المشاكل is a quantifier).
DEFINITE_PEOPLE = frozenset(fold(row["form"]) for row in read_table("speaker_words") if row["set"] == "people-definite")
# Words before a plural that make it no plural subject: one of them (أحد المواطنين، إحدى الأسر).
ONE_OF = frozenset("احد احدي".split())
# Whom a call or demand is addressed to (طالب المجتمع الدولي بـ، دعا الأمم المتحدة إلى): never its speaker.
# Protests before a present cue of a title (احتجاجات عراقية تطالب بـ ...): what a march demands is no quote.
PROTESTS = frozenset("مظاهرات تظاهرات احتجاجات مسيرات متظاهرون متظاهرين محتجون محتجين".split())
ADDRESSEES = frozenset(
    "مجتمع الدولي|امم المتحده|حكومه|مواطنين|جميع|جهات المعنيه|دول|عالم|شعب|مسؤولين|سلطات|اطراف".split("|")
)
# Heads of an addressee that keep it one with adjectives after them (دعت الشعب الأمريكي إلى، طالب المواطنين
# السعوديين بـ): a people or the public, never the body that issues a call.
ADDRESSEE_HEADS = frozenset("شعب شعوب مواطنين مواطني عالم مجتمع".split())
ADDRESSEE_WORDS = 3  # words of such an addressee with its adjectives
TITLE_SUBJECT_WORDS = 6  # words of a title's subject before its cue (مرجع ديني عراقي يطالب بـ ...)
LONG_TITLE = 14  # words of a title opened by a title word between a sentence's opening verb and its subject
OPENING_TITLES = 5  # words of a title and its adjectives between a sentence's opening verb and its subject
# Particles that open a title before its cue and are no subject (حين يتحدث ...، هل تنجح ...).
TITLE_PARTICLES = frozenset("حين حينما عندما لماذا كيف هل متى لما اذا ماذا بعدما كما لن لم لا قد ان لكن".split())
HEADLINE_WORDS = 12  # words and marks before the colon of a headline quote ("الجبير: ...")
# Labels before a headline's colon that are no speaker (عاجل: ...، بالفيديو: ...).
LABELS = frozenset("عاجل بالفيديو فيديو بالصور صور شاهد تقرير حصري خاص انفوجرافيك تحليل مقال رأي حوار".split())
DASHES = frozenset("-–—")  # marks around an aside (a kashida standing alone reads as "-")
ASIDE_WORDS = 6  # words of an aside between dashes before a cue (عن فلان ـ رضي الله عنه ـ قال)
CLOSERS = frozenset('»"”›)')  # marks that close a quoted or bracketed name
NAME_BRACKETS = frozenset("(")  # a source's outlet named in brackets after its media noun (وفقا لصحيفة (ماركا))
# The medium of a statement, its relay (في بيان، في تصريح صحفي، في تغريدة على تويتر، عبر حسابه على تويتر).
MEDIA_NOUNS = frozenset(
    "بيان بيانه بيانها تصريح تصريحات تصريحه تغريده تغريدات تغريدته منشور تدوينه حسابه حسابها صفحته صفحتها"
    " مقابله مقابلته مقابلتها رساله رسالته رسالتها".split()
)
MEDIUM_PREPOSITIONS = frozenset("في عبر خلال ضمن".split())  # what puts a statement's medium in the region
MEDIUM_ADJECTIVES = frozenset("صحفي صحافي رسمي مقتضب مكتوب مشترك متلفز مصور صوتي تلفزيونيه هاتفيه نصيه".split())
MEDIUM_CARRIERS = frozenset("بالبريد".split())  # رسالة بالبريد الإلكتروني: the carrier and its adjective
PLATFORMS = frozenset("تويتر فيسبوك فيس انستغرام انستجرام يوتيوب سناب تلغرام تيليغرام اكس".split())
QUOTED_NAME_WORDS = 6  # words of a name in quotation marks (the subject «المرصد السوري لحقوق الإنسان»)
# Words after which فان is فإن (لذا فإن، ولهذا فإن), not the particle of a name (لويس فان غال).
BEFORE_FA_INNA = frozenset(
    "لذا لذلك ولذلك هذا ولهذا لهذا وعليه عليه وبالتالي بالتالي وبذلك بذلك كذلك وكذلك ايضا وهكذا هكذا ثم اذا"
    " واذا".split()
)
ATTRIBUTIONS = frozenset(("حسب", "بحسب"))  # attribution cues that only ever name a source
SOURCE_WORDS = 14  # words of an attribution's source that ends with a person's name (بحسب المتحدث ... محمد)
# Nouns of thanks, congratulation and condolence that make a verb of giving a cue ("&" in reporting_verbs.tsv:
# قدم الوزير شكره ...، تقدم بالشكر ...، رفع أسمى آيات التهاني ...، رافعين الشكر ...), folded, with or without ب;
# they open its content.
THANKS_NOUNS = frozenset(
    "الشكر شكره شكرها شكرهم شكري شكرنا التهنئه التهاني تهانيه تهنئته تهنئتها التعازي تعازيه تعازيها تعازيهم"
    " اسمي خالص جزيل".split()
)
# Nouns of blame that make a participle of holding someone responsible a cue ("%" in reporting_verbs.tsv:
# محملا الحكومة مسؤولية ...); its content opens right after it, with whom it blames.
BLAME_NOUNS = frozenset("مسؤوليه المسؤوليه مسئوليه المسئوليه".split())
# Nouns of accusation that make a verb of exchanging a cue ("$" in reporting_verbs.tsv: تبادل الطرفان الاتهامات بـ).
ACCUSATION_NOUNS = frozenset("الاتهامات اتهامات الاتهام التهم".split())
MAX_THANKS_REGION = 12  # words between such a verb and its noun: the speaker (وقدم مدير التعليم بالمنطقة فلان الشكر)

# Verbal nouns that open a cue's object content right after it or its speaker (أكد الوزير ضرورة ...، أعلن المدير
# وصول ...، مؤكدا أهمية ...): no name begins with them, so a bare title before them is the whole speaker
# (lexicons/verbal_nouns.tsv, folded).
MASDAR_OBJECTS = frozenset(fold(row["form"]) for row in read_table("verbal_nouns"))
# Head nouns of bodies' names (lexicons/name_heads.tsv: جماعة، حركة، حزب، شركة): a short quotation after one is
# the body's name (وذكرت جماعة «أنصار الدين» في بيان ...), not what it said.
NAME_HEADS = frozenset(fold(row["word"]) for row in read_table("name_heads") if row["role"] == "org")
SUBJECT_WORDS = 3  # words of a definite subject that opens a sentence before its verb cue (الداخلية تشير)
# Words of such a run that make it no subject: times (العام الماضي أعلن) and demonstratives.
NOT_SUBJECTS = frozenset("الماضي الماضيه المقبل المقبله الجاري الحالي الحاليه الان هذا هذه ذلك تلك".split())
# Words that may open a sentence before a fronted subject set off by a comma (لكن فلان، قال ...).
FRONT_OPENERS = frozenset("لكن ولكن بدوره بدورها".split())
FRONT_APPOSITIONS = 2  # appositions between commas after a fronted subject (فلان، رئيس كذا، أكد ...)
NAME_PARTICLES = frozenset("بن ابن بنت ابو ابي ام عبد ال".split())  # words that open a name after a conjunction
NAME_WORDS = 3  # words of a name the entity tagger missed after a body's name (في حزب الله نبيل قاووق)
# Connectives before a cue: they open its clause, not the end of the content before it.
CONNECTIVES = frozenset("كما وكما بينما وبينما فيما".split())
QUANTIFIERS = frozenset("عدد العديد مجموعه كثير الكثير بعض جميع عشرات مئات الاف".split())  # a speaker of many (عدد من)
REGARD = frozenset("بهذا بهذه بذلك وبهذا وبهذه لذلك".split())  # بهذا الخصوص: in this regard, no speaker
SUBJECT_REACH = 6  # words between كان and قد that may name the subject of the cue after قد
REPORTS = frozenset("تقرير تقارير دراسه دراسات بيان".split())  # indefinite reports a past cue describes
REPORT_REACH = 6  # words between an indefinite report and the past cue that describes it
AGREEING = frozenset("اتفق اتفقت".split())  # cues of agreeing: a verbal noun with ب after them reports
CONSTRUCT_HEADS = frozenset("اتفاق مؤتمر منتدى مطار ميناء معبر سجن مخيم".split())  # heads of a place construct
ACCOUNT_WORDS = ("حساب", "صفحت", "موقع")  # after على in a speaker region: where the speaker wrote (على حسابه)
ISSUING = frozenset("اصدر اصدرت".split())  # verbs of issuing a document, whose subject speaks for the cues that follow
# Definite event nouns that open a condemnation's or a denial's object right after a named speaker (أدانت
# الوزارة الهجوم ...، نفى الجيش القصف ...): the article no longer makes them part of the speaker.
EVENT_OBJECTS = frozenset(
    "هجوم هجمات اعتداء اعتداءات تفجير تفجيرات جريمه جرائم عمليه حادث حادثه قصف اغتيال قتل استهداف اقتحام"
    " عدوان مجزره انتهاكات ممارسات تصريحات اعمال اختطاف احراق اعدام".split()
)
# Words of manner between a cue's speaker and its object (أدانت المملكة بأشد العبارات الجريمة، بشدة).
MANNER = frozenset("بشده بقوه باشد باقوي بحزم".split())
MANNER_NOUNS = frozenset("العبارات الكلمات".split())
# Heads of an attribution's source that are neither titles nor names (وبحسب التقرير، ...، وبحسب مراقبين فإن ...).
SOURCE_NOUNS = frozenset(
    "تقرير التقرير دراسه الدراسه مراقبين مراقبون المراقبين خبراء الخبراء محللين محللون المحللين شهود الشهود"
    " احصائيات الاحصائيات ارقام الارقام معطيات المعطيات استطلاع الاستطلاع وثيقه الوثيقه تقارير التقارير وسائل"
    " منظمي منظمو المنظمين المنظمون انباء الانباء اصوات الاصوات بيانات البيانات معلومات المعلومات مصادر المصادر".split()
)
# Plural heads of unnamed sources that "المصادر ذاتها" agrees with (the plurals of people are read by their shape).
SOURCE_PLURALS = frozenset("مصادر جهات اوساط دوائر خبراء شهود".split())
SOURCE_ADJECTIVES = 2  # words that may describe a source noun before its present-tense cue (بيانات هندسية تؤكد)
TITLE_LETTERS = frozenset("د م ا".split())  # one-letter titles with a full stop (د. دكتور، م. مهندس، أ. أستاذ)
POSSESSIVES = ("هما", "هم", "ها", "ه", "نا")  # pronoun suffixes on a verbal noun (اعتزازه، حرصها، تقديرهم)
DEMONSTRATIVES = frozenset("ذلك هذا هذه تلك".split())
# Nouns of time after a demonstrative (هذا الأسبوع): no object of a cue.
TIME_NOUNS = frozenset("اسبوع عام شهر يوم صباح مساء ليله فتره وقت موسم اثناء".split())
# Words of a verbal noun's shape that are adverbs (المسؤول مباشرة عن): no object.
NOT_MASDARS = frozenset("مباشره".split())
# Adjuncts that resume the occasion a cue reports at (كلمة أكد فيها أهمية ...، حوار أكد خلاله مشاركته ...).
RESUMING = frozenset("فيه فيها خلاله خلالها".split())
# Adverbs between a cue's speaker and its object (أعلن النادي أمس رسميا تعاقده مع ...).
OBJECT_ADVERBS = frozenset("رسميا ايضا مجددا كذلك".split())
# Unnamed sources right after a cue, before their adjectives (أكد مصدر قبلي، أعلنت مصادر عسكرية مطلعة).
UNNAMED_SOURCES = frozenset("مصدر مصادر مسؤول مسؤولون مسئول مسئولون".split())
# Words of standing that describe an unnamed source besides nisbas (مصدر مسؤول، مصادر مطلعة، رفيع المستوى).
SOURCE_STANDING = frozenset("مسؤول مسئول مطلع مطلعه رفيع المستوي موثوق موثوقه وثيق".split())
NEAR_COMPLEMENT = 4  # words from a "~" cue (وزاد أن) to its complementizer: farther, the verb is no speech
SAYING_REACH = 7  # tokens from a noun of saying (اكتفى بالقول لـ«عكاظ» إن) to its colon or complementizer
# Titles of unnamed sources: a bare "المصدر" or "المتحدث" stays as written, it names no earlier person.
ANONYMOUS = frozenset("مصدر مصادر متحدث ناطق مسؤول شاهد".split())
TITLE_REACH = 4  # words before a person's name that may hold the title a later bare title repeats
HONORIFICS = frozenset("شيخ امام داعيه دكتور مهندس".split())  # person titles besides those of agents.tsv
# A clause that withholds the speaker's name (طلب عدم نشر اسمه، فضل عدم الكشف عن هويته): no speaker.
WITHHOLDING = frozenset("طلب طلبت رفض رفضت فضل فضلت اشترط اشترطت".split())
WITHHELD = frozenset("اسمه اسمها اسمهم هويته هويتها هويتهم".split())
# Honorifics with a pronoun (وقال معاليه، وأوضح سموه): no name, the person named before speaks (folded).
HONORIFIC_PRONOUNS = frozenset("معاليه معاليها سموه سموها سعادته سعادتها فضيلته سماحته فخامته".split())
RELATIVE_WORDS = 10  # words of a relative clause between a subject and its cue (سامي الذي يعيش في ... قال)
ADVERBS = frozenset("ايضا كذلك بدوره بدورها بدورهم مجددا صراحه بصراحه".split())  # no speaker (التي قالت أيضا إن)
# Words that begin with the letter ب and open no ب content: no ب + noun (بيان، بلاده، بعض، بينما), or an
# adjunct of occasion, cause, presence or manner (بمناسبة، بسبب، بحضور، برئاسة، بصفته، بشأن).
B_WORDS = frozenset(
    "بيان بيانا بيانه بيانها بلاده بلادها بلد بلدان بعض بشكل بينما بدون برغم بجانب بخصوص بمناسبه بسبب بحضور"
    " بعضهم بعضها بعضنا برئاسه بصفته بصفتها بشان بفضل بدعوه بعنوان بدلا بالقرب بالتزامن بالتعاون بالاضافه"
    " بالنسبه بحسب بدوره بدورها بدورهم بدورهما".split()
)
DEGREE = frozenset("لدرجه درجه لحد حد بحيث".split())  # before أن: a result clause (لدرجة أن), no reported speech
# Before أن: a clause of time or manner (بعد أن، قبل أن، منذ أن، دون أن), no reported speech.
TIME_CONJUNCTIONS = frozenset("بعد قبل منذ دون ريثما".split())
# Number words before a noun that looks like a participle cue (عشرات المتهمين، ثلاثة متهمين): no cue.
NUMBER_WORDS = frozenset("عشرات مئات الاف الف الفا ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشر احد".split())
# words after which the next word belongs to a name (أبو طالب, بن فهد, آل سعود): no cue there
NAME_LINKS = frozenset({"ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ال", "عبد"})
# Head nouns that introduce a body's name (شركة سامسونج، موقع إنجادجيت; lexicons/name_heads.tsv): their gender is the
# gender of the name after them (a head ending in ة is feminine).
BODY_HEADS = frozenset(fold(row["word"]) for row in read_table("name_heads") if row["role"] in ("org", "media"))
KANA = frozenset("كان كانت".split())  # كان before a subject and its past cue (وكانت الوزارة أعلنت)
# Nouns of kinship (lexicons/speaker_words.tsv, set relation): شقيق الشهيد فلان محمد جعفر names محمد جعفر.
RELATIONS = frozenset(fold(row["form"]) for row in read_table("speaker_words") if row["set"] == "relation")
# Conjunctions and pronouns that open a clause (lexicons/speaker_words.tsv, set conjunction): never a speaker.
NOT_SPEAKERS = frozenset(fold(row["form"]) for row in read_table("speaker_words") if row["set"] == "conjunction")
# Speeches (lexicons/speaker_words.tsv, set speech): كلمة المحافظ التي رحب فيها: the genitive speaks.
SPEECH_NOUNS = frozenset(fold(row["form"]) for row in read_table("speaker_words") if row["set"] == "speech")
# Adjectives that continue a title or a name though they end like no nisba (العام، العامة، الأعلى; name_heads.tsv adj).
NAME_ADJECTIVES = frozenset(fold(row["word"]) for row in read_table("name_heads") if row["role"] == "adj")
# Nouns of rules and measures (lexicons/speaker_words.tsv, set accordance): وفقا لضوابط الوزارة names no source.
ACCORDANCE = frozenset(fold(row["form"]) for row in read_table("speaker_words") if row["set"] == "accordance")
