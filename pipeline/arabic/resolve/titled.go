package resolve

import (
	"github.com/extract-news/extract/pipeline/tokenize"
	"strings"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/gazetteer"
)

// The name after a title: وزير الخارجية التركي ياووز سليم كيران، السفير
// السعودي لدى أنقرة وليد بن عبد الكريم الخريجي، رئيس لجنة الأمن القومي في
// مجلس الشورى الإيراني، علاء الدين بروجردي.

var (
	officeLinks    = lex.Set("officeLinks")
	levelWords     = lex.Set("levelWords")
	stateWords     = lex.Set("stateWords")
	alaNouns       = lex.Set("alaNouns")
	levelNouns     = lex.Set("levelNouns")
	affairsWords   = lex.Set("affairsWords")
	compoundTails  = lex.Set("compoundTails")
	officeSuffixes = lex.Set("officeSuffixes")
	nameEnders     = lex.Set("nameEnders")
	bynameWords    = lex.Set("bynameWords")
)

// titledName finds the name introduced by the title of match i and
// returns its tokens [first, end), or ok false. The title may be followed
// by a nationality or a country (وزير الخارجية البحريني، وزير خارجية
// البحرين), by the place or body it serves (لدى أنقرة، في الأمم المتحدة)
// and by a comma. The name starts with a known given name; after an
// office with only a nationality or a country between them it may start
// with any word that may be a name and is not a common word, when the
// next word is one too (ياووز سليم كيران). The name takes 2 to 5 words,
// through بن/ابن/بنت/أبو/آل/عبد chains, and ends at a function word, a
// time word, a common word, a known entity or punctuation.
//
// With counterpart set, match i is the nationality of a counterpart
// phrase (نظيره التركي نور الدين جانكلي), an office with a nationality.
func (s *state) titledName(i int, matchAt map[int]int, counterpart bool) (first, end int, ok bool) {
	ms := s.in.Matches
	last := ms[i].Last
	sent := s.toks[ms[i].First].Sentence
	// national: a nationality, a country or a body of one followed the
	// title; only then may a name no given name starts follow an office.
	national := counterpart
	// A body the stage found may start on the title's last word (رئيس
	// لجنة الأمن القومي …).
	if b := s.bodyEnd[last-1]; b > last {
		if j, ok := matchAt[b-1]; ok && s.kinds[j].demonym >= 0 {
			national = true
		}
		last = b
	}
	for step := 0; step < 6 && last < len(s.toks); step++ {
		if j, ok := matchAt[last]; ok && (s.kinds[j].demonym >= 0 && !s.lineageAfter(ms[j].Last-1) || s.isCountry(s.kinds[j].entity)) {
			last = ms[j].Last
			// An indefinite nationality (زعيم كوري شمالي: "a North
			// Korean leader") describes; it introduces no name.
			national = s.kinds[j].demonym < 0 || strings.HasPrefix(s.toks[ms[j].First].Text, "ال") ||
				ms[j].Prefix > 0 && strings.HasPrefix(s.toks[ms[j].First].Text[ms[j].Prefix*2:], "ال")
			continue
		}
		// لدى أنقرة، في الأمم المتحدة، بجنيف: a place or a body.
		t := s.toks[last].Text
		if officeLinks[t] && last+1 < len(s.toks) && s.toks[last+1].Joined {
			if j, ok := matchAt[last+1]; ok && s.placeOrBody(j) {
				last = ms[j].Last
				continue
			}
		}
		// رئيس البرلمان الطلابي لمدارس الأونروا: ل and a noun in
		// construct with a body or a place.
		if strings.HasPrefix(t, "ل") && len([]rune(t)) > 3 && !s.isMatched(last) && last+1 < len(s.toks) && s.toks[last+1].Sentence == sent {
			if j, ok := matchAt[last+1]; ok && ms[j].Prefix == 0 && s.placeOrBody(j) {
				last = ms[j].Last
				continue
			}
		}
		// رئيس المجلس الأعلى لتنظيم الإعلام: ل and a verbal noun with its
		// definite object, the body's or the office's field.
		// (A verbal noun's first letter is ت or ا: لتنظيم، لاستقبال; not
		// لمجموعة الاتصالات "Soft Bank", a body whose name follows.)
		if r := []rune(t); len(r) > 4 && r[0] == 'ل' && (r[1] == 'ت' || r[1] == 'ا') && !s.isMatched(last) && !s.givenName(last) && last+2 < len(s.toks) && s.toks[last+1].Joined &&
			strings.HasPrefix(s.toks[last+1].Text, "ال") && !s.isMatched(last+1) && !nameStop[s.toks[last+1].Text] {
			last += 2
			continue
		}
		// رئيس المجلس الأعلى لتنظيم الإعلام بجمهورية مصر: a state's style
		// before its name, the office's country.
		if hasStem(stateWords, t) && last+1 < len(s.toks) && s.toks[last+1].Joined {
			if j, ok := matchAt[last+1]; ok && ms[j].Prefix == 0 && s.isCountry(s.kinds[j].entity) {
				last = ms[j].Last
				continue
			}
		}
		// رئيس البرلمان الطلابي على مستوى الأردن: the office's reach.
		if levelWords[t] && last+2 < len(s.toks) && levelNouns[s.toks[last+1].Text] && s.toks[last+2].Joined {
			if j, ok := matchAt[last+2]; ok && s.placeOrBody(j) {
				last = ms[j].Last
				continue
			}
		}
		// المتحدث باسم وزارة الخارجية التركية، بجنيف: a body or a place.
		if j, ok := matchAt[last]; ok && s.placeOrBody(j) && (ms[j].Prefix == 0 || strings.HasPrefix(t, "ب") || strings.HasPrefix(t, "ل")) {
			if e := s.r.g.Entry(s.kinds[j].entity); e.Type == gazetteer.TypeOrganization && e.Country != "" {
				national = true
			}
			last = ms[j].Last
			continue
		}
		// رئيس مجلس الوزراء بالإنابة، وزير الخارجية السابق: a modifier of
		// the office.
		if officeSuffixes[t] {
			last++
			continue
		}
		// الرئيس الصيني في ذلك الحين جيانغ تسه مين: of that time.
		if e := s.thenPhrase(last); e > last {
			last = e
			continue
		}
		// A body the stage found (رئيس مؤسسة الحج والزيارة الإيرانية،);
		// one that ends on a nationality is one of that country (رئيس
		// لجنة الترشيح المغربي مولاي حفيظ العلمي).
		if b := s.bodyEnd[last]; b > last {
			if j, ok := matchAt[b-1]; ok && s.kinds[j].demonym >= 0 {
				national = true
			}
			last = b
			continue
		}
		// لشؤون العملات الصعبة، بالطب النفسي: the office's field.
		if affairsWords[t] || prepositional(t) && !s.isMatched(last) {
			last++
			continue
		}
		// An adjective or a complement of the title (الفنان الشاب، وزير
		// الثقافة والإعلام السعودي).
		// Not إلى (الي once folded) nor الذي; not المعروف، الملقب before
		// ب (المصور المعروف باسم شوكان: what follows is a byname; الفنان
		// المعروف خالد أبو النجا is "the well-known").
		if (strings.HasPrefix(t, "ال") || strings.HasPrefix(t, "وال")) && !nameStop[t] && len([]rune(t)) > 3 &&
			!(bynameWords[strings.TrimPrefix(t, "و")] && last+1 < len(s.toks) && strings.HasPrefix(s.toks[last+1].Text, "ب")) &&
			!s.isMatched(last) && !s.givenName(last) && s.toks[last].Joined {
			last++
			continue
		}
		break
	}
	if last >= len(s.toks) || s.toks[last].Sentence != sent {
		return 0, 0, false
	}
	// الأمير تركي بن محمد، تركي آل الشيخ: a nationality before بن or آل
	// is a given name.
	if j, matched := matchAt[last]; matched && (s.kinds[j].entity >= 0 || s.kinds[j].title >= 0 || s.kinds[j].demonym >= 0 && !s.lineageAfter(last)) {
		return 0, 0, false
	}
	if !s.nameLike(last) || !apposable(s.text, s.toks[last-1].End, s.toks[last].Start) {
		return 0, 0, false
	}
	first = last
	// A name does not start with بن: the given name before it was taken
	// for a title or a word (مساعد بن محمد العيبان، الأمير الوليد بن
	// طلال), and the rest is no one's name.
	if sonOf[s.toks[first].Text] {
		return 0, 0, false
	}
	given := s.givenName(first)
	// الوزير التركي علي استهداف الجامعة: على written علي before a noun
	// the news writes with the article is the preposition.
	// (Not a name's last word before punctuation: سفير اليمن علي مجاور،)
	if s.toks[first].Text == "علي" && first+2 < len(s.toks) && s.toks[first+1].Joined && s.definiteNoun(first+1) && !s.givenName(first+1) &&
		s.toks[first+2].Joined && !strings.HasPrefix(s.toks[first+2].Text, "و") {
		return 0, 0, false
	}
	// arabic: the name starts with a common given name (not the first
	// word of some listed person: وانغ), so a definite surname may follow.
	arabic := givenNames[s.toks[first].Text] && !foreignGivenNames[s.toks[first].Text]
	// وهاري كين after a title and a comma starts the next of a list, not
	// the name the title introduces: only a bare foreign given name counts.
	if !given {
		if f, waw := s.foreignGiven(first); f && !waw {
			given = true
		}
	}
	// يلقي خطابا: a word of four letters in ي is a verb in the present.
	if !given && (!national || !s.freeNameWord(first, true) || !counterpart && !s.officeTitle(i) && !s.officialTitle(i) ||
		presentVerb(s.toks[first].Text) || cliticNoun(s.toks[first].Text) || strings.HasPrefix(s.toks[first].Text, "و") ||
		s.tanween(first) || s.cliticHamza(first)) {
		return 0, 0, false
	}
	end = first + 1
	for end < len(s.toks) && (end-first < 5 || end-first < 7 && s.inNasab(end)) && s.toks[end].Joined && (s.nameLike(end) || afterAal(s, end)) && !prepositional(s.toks[end].Text) {
		if afterAal(s, end) {
			end++ // صالح بن عبدالعزيز آل الشيخ: the family's name
			continue
		}
		t := s.toks[end].Text
		// words counts the name's words so far, عبد and its noun as one
		// given name (عبد الله بشارة، not a noun in ـة after two words),
		// and the parts of a hyphenated name as one.
		words := end - first
		if s.toks[first].Text == "عبد" {
			words--
		}
		// مارك-أندريه تير شتيغن: a hyphenated given name is one word.
		hyphens := 0
		for k := first + 1; k < end; k++ {
			if string(s.text[s.toks[k-1].End:s.toks[k].Start]) == "-" {
				hyphens++
			}
		}
		words -= hyphens
		// مصطفى عبدالله صنع الله، نصر الله: a word before الله makes a
		// compound name with it.
		if words >= 1 && end+1 < len(s.toks) && s.toks[end+1].Text == "الله" && s.toks[end+1].Joined && !s.isMatched(end) &&
			!nameStop[t] && !s.pronounSuffix(end) && utf8.RuneCountInString(t) <= 4 &&
			// Not a prayer: زايد طيب الله ثراه.
			!(end+2 < len(s.toks) && s.toks[end+2].Joined && s.pronounSuffix(end+2)) {
			end += 2
			continue
		}
		// A word the lists hold only as an unsupported short form
		// (أحمد, some person's surname) is part of the name.
		// فهد بن تركي: a nationality after بن is a father's name.
		// محمد جواد آذري جهرمي: a nationality without the article, with
		// a free word of a name after it, is a surname.
		if j, matched := matchAt[end]; matched && (s.kinds[j].entity >= 0 || s.kinds[j].title >= 0 || s.kinds[j].demonym >= 0 && !sonOf[s.toks[end-1].Text] && !s.surnameDemonym(j, end)) {
			break
		}
		// يوسف محمد علي: the name علي, written with its dots, is no على.
		// (Not where the text writes ى as ي and a noun follows the
		// preposition: علي هامش، علي الحدود.)
		ali := t == "علي" && strings.HasSuffix(s.original(end), "ي") && s.nameEndsOrGoesOn(end+1)
		if !ali && (nameEnders[t] || commonWords[t] && !s.givenName(end) && !nameJoiners[t] && !s.personShortForm(end) && !compoundTails[t]) {
			break
		}
		// A foreign name or one no list knows has no definite word (ياكو
		// لاتفالا الوفد: the object follows).
		if !arabic && strings.HasPrefix(t, "ال") && !sonOf[s.toks[end-1].Text] && !(end-first >= 2 && sonOf[s.toks[end-2].Text]) {
			break
		}
		// A common word behind a clitic (كضيف، بعد) ends it too.
		// Not after a joiner (بن فلان).
		if r := []rune(t); words >= 2 && !nameJoiners[s.toks[end-1].Text] && len(r) > 3 && strings.ContainsRune("لبفك", r[0]) && commonWords[string(r[1:])] {
			break
		}
		// أما الفنان أحمد داود فقضى: after أما, a word behind ف answers
		// it.
		if words >= 1 && strings.HasPrefix(t, "ف") && len([]rune(t)) > 3 && !s.givenName(end) && !s.personShortForm(end) && s.ammaBefore(first) {
			break
		}
		// فيكتوريا نجمة البوب: after a foreign given name, a noun in ة
		// the news writes with the article starts the rest of the
		// sentence when more of it follows (a foreign surname is seldom
		// such a word, but may be one without ة: كينيث ستار، فرناندو
		// حداد).
		if words == 1 && given && !arabic && !s.givenName(end) && s.definiteNoun(end) && strings.HasSuffix(s.original(end), "ة") &&
			end+1 < len(s.toks) && s.toks[end+1].Joined && !strings.HasPrefix(s.toks[end+1].Text, "و") {
			break
		}
		// ياسر مرتجى برصاص، ناتالي لوازو بتوقيع: after two words, ب or
		// ل before a noun the news writes with the article is a
		// preposition and its object (not a given name: بسام). A bare
		// such noun (فرناندو توريس ركلة جزاء، نبيل معلول تشكيلة) starts
		// the rest of the sentence when more of it follows, not after a
		// given name (a father's: نبيل أحمد صادق أمر) or a particle
		// (محمد بو شهري); a last word
		// before punctuation or و is the name's (يوسف بطرس غالي،).
		// (After a hyphenated given name too: جاك-جوزيف بتاريخ.)
		if r := []rune(t); (words >= 2 || hyphens > 0) && !nameJoiners[t] && !nameJoiners[s.toks[end-1].Text] && !s.givenName(end) && !s.personShortForm(end) &&
			(len(r) > 3 && (r[0] == 'ب' || r[0] == 'ل') && definiteNouns[string(r[1:])] ||
				definiteNouns[t] && !s.givenName(end-1) && !foreignGivenNames[s.toks[end-1].Text] && utf8.RuneCountInString(s.toks[end-1].Text) > 2 && end+1 < len(s.toks) && s.toks[end+1].Joined && !strings.HasPrefix(s.toks[end+1].Text, "و")) {
			break
		}
		// ويلبور روس قلل: after two words, a bare three-letter word that is
		// no given name is most often a past-tense verb.
		// (A last word before punctuation is the name's: مون جونغ نام،)
		if words >= 2 && len([]rune(t)) == 3 && !s.givenName(end) && !nameJoiners[t] && !nameJoiners[s.toks[end-1].Text] &&
			end+1 < len(s.toks) && s.toks[end+1].Joined && !strings.HasPrefix(s.toks[end+1].Text, "و") {
			break
		}
		// روبرت كروتي تساؤلات: a plural in ات or a verb in the past of a
		// derived form (تناولت).
		if tShaped(t) && !s.givenName(end) && !s.personShortForm(end) {
			break
		}
		// حكم الواهب عنونه، معروف بتأييده: a word with a pronoun suffix
		// is a verb or a noun of the sentence (not -يه, a foreign name's
		// ending: جان مارك شاتنييه; not زاده, a Persian surname's: جعفر
		// عظيم زاده; not a German surname's -ge, -ke, -che after a
		// foreign given name: كارل هاينتس رومينيغه).
		if !s.givenName(end) && !strings.HasSuffix(t, "الله") && !strings.HasSuffix(t, "يه") && t != "زاده" &&
			!(!arabic && foreignSurnameHe(t)) && s.pronounSuffix(end) {
			break
		}
		// لإذاعة، لسداد، مبتهجاً: a word behind ل (a hamza after a clitic
		// in the original, or ل and no long vowel after two words) or
		// with tanween is no part of a name.
		if s.cliticHamza(end) || s.tanween(end) || words >= 2 && strings.HasPrefix(t, "ل") && cliticNoun(t) || cliticMasdar(t) || words >= 2 && cliticFeminine(s.original(end)) {
			break
		}
		// عصام الحضري ضاحكا، مانويل نوير جاهزا: after two words, an active
		// participle in the accusative (فاعلا) describes the one named (not
		// after a particle: دي كيه شارما، ميشيل دي باولا).
		if words >= 2 && !s.givenName(end) && !nameJoiners[s.toks[end-1].Text] && participleAcc(t) {
			break
		}
		// محمود الخطيب رئيسا، جاك شيراك تكريما: after two words, a noun
		// in the accusative (its ending ا on a common word, or a
		// participle in مت، مست) says what the one named became or did.
		if words >= 2 && !nameJoiners[s.toks[end-1].Text] && s.accusative(end) {
			break
		}
		// يوليا تعرضا: right after the first word too, a common word in
		// the accusative or a verb's dual (its stem among the commonest
		// words of the news).
		if end-first == 1 && s.givenName(first) && s.commonAccusative(end) {
			break
		}
		// هشام عرفات أصدر قرارا، عمرو نصار اتخذ: after two words, a verb
		// in the past of a derived form (أفعل، افتعل), no given name.
		if words >= 2 && !s.givenName(end) && !nameJoiners[s.toks[end-1].Text] && derivedPast(s.original(end)) {
			break
		}
		// جو غوميز سيغيب، عصام الحضري ليكمل: after two words, a verb in
		// the present behind the future's س or the purpose's ل.
		if words >= 2 && markedVerb(t) && !s.givenName(end) && !nameJoiners[s.toks[end-1].Text] {
			break
		}
		// سامي بن خالد يزور: after two words, a word in ي that is no
		// given name is most often a verb in the present tense.
		// (Not in نغ, no Arabic ending: شونغ أوي يونغ; not of two letters,
		// a syllable of an East Asian name: كونغ شوان يو.)
		if words >= 2 && strings.HasPrefix(t, "ي") && len(t) > len("يو") && !strings.HasSuffix(t, "نغ") && !s.givenName(end) && !nameJoiners[s.toks[end-1].Text] {
			break
		}
		// آشلي جود تتهم: after two words, a word of four letters in ت and
		// a consonant is a verb in the present (تتهم، تقول، تعلن).
		// (Not ا third: تشان، تسان, a name's.)
		if r := []rune(t); words >= 2 && len(r) == 4 && r[0] == 'ت' && !strings.ContainsRune("اويء", r[1]) && r[2] != 'ا' && !s.givenName(end) && !s.personShortForm(end) && !nameJoiners[s.toks[end-1].Text] {
			break
		}
		// تميم ينتقد، فيليب يتقاعد: right after the first word too, a verb
		// in the present of a derived form (يت، يس، ين, and in ت; not
		// يلديز، يدلين، يراحي).
		if derivedPresent(t) && !s.givenName(end) && !s.personShortForm(end) {
			break
		}
		// وحرس الشرف، الأمير محمد وإعلانا، إليزابيث وجدة غريس: a word
		// joined by و starts something else unless it is a given name
		// (وليد).
		if strings.HasPrefix(t, "و") && !s.givenName(end) && !nameJoiners[t] && (words >= 2 || len([]rune(t)) > 4 && strings.HasPrefix(t, "وا") || definiteNouns[t[len("و"):]]) {
			break
		}
		end++
	}
	// كيم يونغ-تشول، برايوث تشان-أوشا: a word after a hyphen belongs to
	// the name.
	for end < len(s.toks) && end-first < 6 && s.toks[end].Sentence == s.toks[first].Sentence &&
		string(s.text[s.toks[end-1].End:s.toks[end].Start]) == "-" && s.nameLike(end) {
		end++
	}
	// A name ends on a real word, not on a joiner (بن، عبد).
	for end > first+1 && nameJoiners[s.toks[end-1].Text] {
		end--
	}
	if end-first < 2 {
		return 0, 0, false
	}
	// A name that does not start with a known given name needs a second
	// word that may be a name too: not definite (وزير الخارجية الأمريكي
	// يزور العاصمة) unless a joiner leads to it.
	if !given {
		t := s.toks[first+1].Text
		if !nameJoiners[t] && (strings.HasPrefix(t, "ال") || !s.freeNameWord(first+1, true) || cliticNoun(t)) {
			return 0, 0, false
		}
		// سجالا ونقاشا عاصفا: nouns in the accusative, the second behind
		// و, are the object of a verb, not a name.
		if accusativeRun(s.toks[first:end]) {
			return 0, 0, false
		}
		// الصحفي الأمريكي يستعرض قصة: a word shaped like a verb in the
		// present does not start a name.
		if verbShaped(s.toks[first].Text) && !s.personShortForm(first) {
			return 0, 0, false
		}
		// قبول دعوة، جولة دبلوماسية، أكبر اقتصاد: two words the news
		// writes with the article are a noun and its complement or
		// adjective, not a name no list knows (one may be: سادات أونال،
		// ممنون حسين); أصدر أمرا: a verb in the past of the fourth form
		// starts none either, nor a noun in the accusative (طابعا خاصا).
		if s.definiteNoun(first) && s.definiteNoun(first+1) || pastFourth(s.original(first)) && !s.personShortForm(first) ||
			s.accusative(first) && !s.personShortForm(first) && !foreignOpening(s.toks[first].Text) {
			return 0, 0, false
		}
		// إيستيبان موراليس مستبقا، إرسون قرارا: a word in the accusative
		// (its ending ا) describes the one named, or is the object;
		// هوك وممثلين: a word behind و and a consonant ends it too (not
		// وايت، وولستروم، ويلي، وليامس; not after a hyphen: كيونج-وها).
		for k := first + 1; k < end; k++ {
			r := []rune(s.toks[k].Text)
			if string(s.text[s.toks[k-1].End:s.toks[k].Start]) == "-" {
				continue
			}
			if s.accusative(k) || len(r) > 2 && r[0] == 'و' && !strings.ContainsRune("اويل", r[1]) && !s.givenName(k) {
				end = k
				break
			}
		}
		// جولة دبلوماسية: a noun and its adjective in ية.
		if r := []rune(s.toks[first+1].Text); end-first == 2 && len(r) >= 6 && strings.HasSuffix(string(r), "ية") {
			return 0, 0, false
		}
		if end-first < 2 {
			return 0, 0, false
		}
	}
	return first, end, true
}

// definiteNoun reports whether token i is a word the news writes with
// the article (definiteNouns) and no known person's short form.
func (s *state) definiteNoun(i int) bool {
	return definiteNouns[s.toks[i].Text] && !s.personShortForm(i)
}

// ammaBefore reports whether أما ("as for") stands among the six words
// before token i in its sentence.
func (s *state) ammaBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && s.toks[k].Sentence == s.toks[i].Sentence; k-- {
		if s.toks[k].Text == "اما" && strings.HasPrefix(s.original(k), "أ") {
			return true
		}
	}
	return false
}

// surnameDemonym reports match j, a nationality at token end inside a
// name, written without the article and followed by a free word of a
// name (آذري جهرمي): a word of the name, not the person's nationality.
func (s *state) surnameDemonym(j, end int) bool {
	m := s.in.Matches[j]
	return m.Prefix == 0 && !s.definite(m) && m.Last == end+1 && end+1 < len(s.toks) && s.toks[end+1].Joined &&
		s.toks[end+1].Sentence == s.toks[end].Sentence && s.freeNameWord(end+1, true)
}

// derivedPresent reports a word of five letters or more shaped like a
// verb in the present of a derived form: ي or ت, then ت، س or ن
// (ينتقد، يتقاعد، يستطيع، تتمنى), but not تسا, a foreign Ts.
func derivedPresent(t string) bool {
	r := []rune(t)
	return len(r) >= 5 && (r[0] == 'ي' || r[0] == 'ت') && (r[1] == 'ت' || r[1] == 'س' || r[1] == 'ن') &&
		!strings.HasPrefix(t, "تسا") // تساتساروف، تساناكوبولوس: Ts
}

// tShaped reports a word of five letters or more that begins and ends
// in ت, its second letter a consonant: a verb in the past of a derived
// form with the feminine ت (تناولت، تحدثت، تصدرت) or a plural in ات of a
// verbal noun (تصريحات، تساؤلات، تعليقات), never a name's word (not
// تيغارت، توجندهات، تينيت، تشيلافيرت: a vowel or تش second).
func tShaped(t string) bool {
	r := []rune(t)
	return len(r) >= 5 && r[0] == 'ت' && r[len(r)-1] == 'ت' && !strings.ContainsRune("اويش", r[1])
}

// verbShaped reports a word shaped like a verb in the present: of four
// letters (يلقي، تصدر), or of five or more starting in ي and no long
// vowel, or in تت (يستعرض، تتقمص; not يوجين، ياريف).
func verbShaped(t string) bool {
	r := []rune(t)
	return presentVerb(t) ||
		len(r) >= 5 && (r[0] == 'ي' && r[1] != 'و' && r[1] != 'ا' && r[1] != 'ي' || r[0] == 'ت' && r[1] == 'ت')
}

// accusative reports token i in the accusative of a common word of four
// letters or more (قرارا، تعليقا، أسبوعا), of a participle in مت or مست
// (مستبقا، متورطا) or of a word the news writes with the article
// (مفقودا، تكريما، محافظا): a word that describes, not a name's (روزا،
// كردونا، مانديلا، بينا).
func (s *state) accusative(i int) bool {
	if s.commonAccusative(i) {
		return true
	}
	r := []rune(s.toks[i].Text)
	if len(r) < 5 || r[len(r)-1] != 'ا' || s.givenName(i) {
		return false
	}
	stem := string(r[:len(r)-1])
	return strings.HasPrefix(stem, "مت") || strings.HasPrefix(stem, "مست") || definiteNouns[stem]
}

// inNasab reports a joiner (بن، آل، عبد) at token end or right before it:
// a long chain of fathers' names goes on past five words (فهد بن تركي بن
// عبد العزيز، عبد العزيز بن عبد الله آل الشيخ), a word at a time; not a
// word after the name its joiner led to (عوض محمد أحمد ابن عوف العلاقة).
func (s *state) inNasab(end int) bool {
	joiner := func(t string) bool { return nameJoiners[t] || t == "ال" || t == "آل" }
	return joiner(s.toks[end].Text) || joiner(s.toks[end-1].Text)
}

// nameEndsOrGoesOn reports that token i ends a name (punctuation before
// it, or the text's end) or goes on with one (a given name, or a free
// word that is no common word and no definite noun).
func (s *state) nameEndsOrGoesOn(i int) bool {
	if i >= len(s.toks) || !s.toks[i].Joined {
		return true
	}
	t := s.toks[i].Text
	// قال اللواء يوسف محمد علي إن: إن after a name, never after على.
	if strings.HasPrefix(s.original(i), "إن") && len([]rune(t)) == 2 {
		return true
	}
	return s.givenName(i) || s.nameLike(i) && !commonWords[t] && !strings.HasPrefix(t, "ال") && !nameEnders[t] && !alaNouns[t]
}

// commonAccusative reports a word in ا, no given name, whose stem is
// among the commonest words of the news (تعرضا، رئيسا، قرارا).
func (s *state) commonAccusative(i int) bool {
	r := []rune(s.toks[i].Text)
	return len(r) >= 5 && r[len(r)-1] == 'ا' && !s.givenName(i) && commonWords[string(r[:len(r)-1])]
}

// lineageAfter reports بن، بنت or آل right after token i: the word at i
// is someone's given name.
func (s *state) lineageAfter(i int) bool {
	if i+1 >= len(s.toks) || !s.toks[i+1].Joined {
		return false
	}
	t := s.toks[i+1].Text
	return sonOf[t] || t == "ال" || t == "آل"
}

// accusativeRun reports words that all end in the accusative's alif
// (سجالا، عاصفا) with و before one after the first: nouns coordinated
// as an object, not the words of a name (آنا ماريا has no و).
func accusativeRun(toks []tokenize.Token) bool {
	waw := false
	for k, t := range toks {
		if !strings.HasSuffix(t.Text, "ا") || utf8.RuneCountInString(t.Text) < 4 {
			return false
		}
		waw = waw || k > 0 && strings.HasPrefix(t.Text, "و")
	}
	return waw
}

// freeNameWord reports whether token i may be a word of a name no list
// knows: name-like, not definite, not led by a preposition, not one of
// the commonest words, not a time word and no gazetteer match; with
// notResolved, not in a resolved match either.
func (s *state) freeNameWord(i int, notResolved bool) bool {
	t := s.toks[i].Text
	if notResolved && s.resolvedTok(i) {
		return false
	}
	// Some person's short form no context resolved (مون، جونغ) is a
	// word of a name even when news uses it often.
	if s.personShortForm(i) {
		return true
	}
	if !s.nameLike(i) || prepositional(t) || strings.HasPrefix(t, "ال") || commonWords[t] || nameEnders[t] || tShaped(t) ||
		len([]rune(t)) < 2 || strings.HasPrefix(t, "وال") {
		return false
	}
	// A common word behind a clitic (لمسؤولين، بزيارة) is no name.
	r := []rune(t)
	if len(r) > 3 && strings.ContainsRune("لبوفك", r[0]) && commonWords[string(r[1:])] {
		return false
	}
	// A word with a pronoun suffix (مهامه، أبلغه، مساعيها) is no name.
	return !s.pronounSuffix(i)
}

// pronounSuffix reports whether token i ends with a pronoun (مهامه،
// أبلغها): the original spelling tells ه from the ة that folding made ه.
func (s *state) pronounSuffix(i int) bool {
	if !strings.HasSuffix(s.toks[i].Text, "ه") && !strings.HasSuffix(s.toks[i].Text, "ها") &&
		!strings.HasSuffix(s.toks[i].Text, "هم") && !strings.HasSuffix(s.toks[i].Text, "هما") && !strings.HasSuffix(s.toks[i].Text, "كم") {
		return false
	}
	o := s.original(i)
	for _, suf := range pronounSuffixes {
		if strings.HasSuffix(o, suf) && len([]rune(o)) > len([]rune(suf))+2 {
			return true
		}
	}
	return false
}

// foreignSurnameHe reports whether t, a word of six letters or more, ends
// as German surnames do in Arabic letters (-ge, -ke, -che: رومينيغه،
// فاتسكه، شتراخه), rarely an Arabic word with a pronoun.
func foreignSurnameHe(t string) bool {
	return utf8.RuneCountInString(t) >= 6 && (strings.HasSuffix(t, "غه") || strings.HasSuffix(t, "كه") || strings.HasSuffix(t, "خه"))
}

// pronounSuffixes end words that carry a pronoun (مهامه، أبلغها).
var pronounSuffixes = []string{"ه", "ها", "هم", "هما", "كم"}

// placeOrBody reports whether match j is a place or an organization (not
// a person).
func (s *state) placeOrBody(j int) bool {
	e := s.kinds[j].entity
	if e < 0 {
		return false
	}
	typ := s.r.g.Entry(e).Type
	return typ == gazetteer.TypePlace || typ == gazetteer.TypeOrganization
}

// officeTitle reports whether the title of match i names an office (a
// role, or an office the lists hold without one: وزير، سفير، مندوب،
// الأمين العام، مدير) rather than a rank or an honorific.
func (s *state) officeTitle(i int) bool {
	return s.kinds[i].title >= 0 && s.r.offices[s.kinds[i].title]
}

// officialTitle reports whether match i is the title of an official or
// a professional of public life (المسؤول، الدبلوماسي، الصحفي، الباحثة):
// with a nationality after it, it introduces a name as an office does
// (الصحفي اليمني صالح البيضاني، المسؤول الكوري الجنوبي شونغ أوي يونغ).
func (s *state) officialTitle(i int) bool {
	return s.kinds[i].title >= 0 && s.r.g.Entry(s.kinds[i].title).Kind == "official"
}

// personShortForm reports whether token i starts a match whose readings
// are all people's short forms that need support and have none strong.
func (s *state) personShortForm(i int) bool {
	j, ok := s.matchFrom(i)
	if !ok || s.in.Matches[j].Last != i+1 {
		return false
	}
	for _, p := range s.in.Matches[j].Payloads {
		if !p.Kind.NeedsSupport() || s.strong[p.Entry] || s.r.g.Entry(p.Entry).Type != gazetteer.TypePerson {
			return false
		}
	}
	return true
}

// unknownNameAt reports whether a name no list knows may start at token
// i after a description: a known given name, or two free words that may
// be a name (نظيره التركي نورد الدين جانكلي).
func (s *state) unknownNameAt(i int) bool {
	if s.givenName(i) {
		return true
	}
	if f, _ := s.foreignGiven(i); f {
		return true
	}
	return i+1 < len(s.toks) && s.toks[i+1].Joined && s.freeNameWord(i, true) &&
		(nameJoiners[s.toks[i+1].Text] || s.freeNameWord(i+1, true))
}

// presentVerb reports a word shaped like a verb in the present (يلقي،
// تصدر): four letters, the first ي, ت or ن and the second no long vowel
// (not ياكو، يونغ، تيتي); or three, the first ي and neither of the others
// a long vowel (يمد يده; not يان، يوم).
func presentVerb(t string) bool {
	r := []rune(t)
	if len(r) == 3 && r[0] == 'ي' && !strings.ContainsRune("اويى", r[1]) && !strings.ContainsRune("اويى", r[2]) {
		return true
	}
	return len(r) == 4 && (r[0] == 'ي' || r[0] == 'ت' || r[0] == 'ن') && r[1] != 'ا' && r[1] != 'و' && r[1] != 'ي'
}

// markedVerb reports a word shaped like a verb in the present behind the
// future's س or the purpose's ل (سيغيب، ليكمل): five letters, the second
// ي، ت or ن, the third no long vowel, and no ending of a name (ا، ه:
// ليندا); or six or more of a derived form, سيت/ليت then no long vowel
// (سيتصدى، ليتحدث). Or a verb in the past of the seventh form, ان and
// three letters none a long vowel (انطلق، انتهى is not: its ى ends it).
func markedVerb(t string) bool {
	r := []rune(t)
	if len(r) >= 6 && (r[0] == 'س' || r[0] == 'ل') && (r[1] == 'ي' || r[1] == 'ت' || r[1] == 'ن') && r[2] == 'ت' && !strings.ContainsRune("اوي", r[3]) {
		return true
	}
	if len(r) == 5 && r[0] == 'ا' && r[1] == 'ن' && !strings.ContainsRune("اويى", r[2]) && !strings.ContainsRune("اويى", r[3]) && !strings.ContainsRune("اويىه", r[4]) {
		return true
	}
	return len(r) == 5 && (r[0] == 'س' || r[0] == 'ل') && (r[1] == 'ي' || r[1] == 'ت' || r[1] == 'ن') &&
		r[2] != 'ا' && r[2] != 'و' && r[2] != 'ي' && r[4] != 'ا' && r[4] != 'ه'
}

// cliticNoun reports a word shaped like a noun behind the preposition ب
// or ل (بتفجير، لنداء): the clitic, then no long vowel (not لافروف،
// بوتين، ليز).
func cliticNoun(t string) bool {
	r := []rune(t)
	return len(r) > 3 && (r[0] == 'ب' || r[0] == 'ل') && r[1] != 'ا' && r[1] != 'و' && r[1] != 'ي'
}

// cliticFeminine reports a word, as written, of ب and a noun of four
// letters or more in ة, or in م (بكفالة، بمناسبة، بجائزة، بمتابعة): "on
// bail", "on the occasion of", no word of a name (names in ب have a
// long vowel second or no such ending: بيتزي، بروجردي، بلحاج; not ه:
// بلانكيه).
func cliticFeminine(t string) bool {
	r := []rune(t)
	return cliticNoun(t) && r[0] == 'ب' && (r[len(r)-1] == 'ة' && len(r) >= 5 || r[1] == 'م')
}

// derivedPast reports a word, as written, shaped like a verb in the past
// of the fourth form (أفعل: أصدر، أجرى، أكد with its shadda unwritten)
// or the eighth (افتعل: اتخذ، انتقد، اعتبر), or the tenth (استفعل).
func derivedPast(t string) bool {
	r := []rune(t)
	switch {
	case len(r) == 4 && r[0] == 'أ':
		// Not a long vowel second, a foreign name's (أوهل، أوزيل).
		return r[1] != 'و' && r[1] != 'ي' && r[1] != 'ا'
	case (len(r) == 4 || len(r) == 5) && r[0] == 'ا' && r[2] == 'ت':
		return true
	case len(r) == 4 && r[0] == 'ا' && r[1] == 'ت':
		// افتعل of a root in و or أ: اتهم، اتخذ، اتفق.
		return true
	case (len(r) == 5 || len(r) == 6) && strings.HasPrefix(t, "است") && !strings.ContainsRune("اوي", r[3]):
		// استفعل: استأنف، استقبل (not إستيبان, a name's).
		return true
	}
	return false
}

// foreignOpening reports a word (analysis form) that opens with alif
// and a long vowel, as foreign names do (أوليا، أوزيل), rarely an Arabic
// noun.
func foreignOpening(t string) bool {
	return strings.HasPrefix(t, "او") || strings.HasPrefix(t, "اي")
}

// pastFourth reports a verb in the past of the fourth form (أصدر، أجرى،
// أعطى) at the start of what would be a name: derivedPast's أفعل with no
// long vowel third and no ending in ي or و, a foreign given name's
// (أندي، أسلي، أرزو، أديل).
func pastFourth(t string) bool {
	r := []rune(t)
	return len(r) == 4 && r[0] == 'أ' && derivedPast(t) && !strings.ContainsRune("اوي", r[2]) && r[3] != 'ي' && r[3] != 'و'
}

// participleAcc reports an active participle of the first form in the
// accusative (فاعلا: ضاحكا، قائلا، مبتسما is not): five letters, the
// second and the last ا.
func participleAcc(t string) bool {
	r := []rune(t)
	return len(r) == 5 && r[1] == 'ا' && r[4] == 'ا'
}

// cliticMasdar reports a verbal noun of the derived forms behind ب or ل
// (بارتكاب، لاستلام، بانتخاب، باستقبال): its alef, then ت as the third
// letter and a long ا two or three letters on. No name is so shaped
// (not بابتيست، لاتفالا، باراك; ك would take كانتونا، كاسترمان).
func cliticMasdar(t string) bool {
	r := []rune(t)
	return len(r) >= 7 && (r[0] == 'ب' || r[0] == 'ل') && r[1] == 'ا' && r[3] == 'ت' && (r[5] == 'ا' || r[6] == 'ا')
}

// afterAal reports a definite word right after آل (آل الشيخ، آل سعود):
// the name of a family, whatever the word.
func afterAal(s *state, i int) bool {
	return i > 0 && (s.toks[i-1].Text == "ال" || s.toks[i-1].Text == "آل") && len(s.toks[i].Text) > 4
}

// original returns the original spelling of token i.
func (s *state) original(i int) string {
	a, b := s.in.Text.Span(s.toks[i].Start, s.toks[i].End)
	return s.in.Text.Original(a, b)
}

// tanween reports a word written with tanween (مبتهجاً): an adjective or
// an adverb, never a name.
func (s *state) tanween(i int) bool {
	return strings.ContainsAny(s.original(i), "\u064b\u064c\u064d")
}

// cliticHamza reports a word that begins with ل or ب and a hamza on alif
// in the original (لإذاعة، بأنه): a preposition and a word, not a name
// (names in لا/با are written without hamza: لافروف).
func (s *state) cliticHamza(i int) bool {
	o := []rune(s.original(i))
	return len(o) > 3 && (o[0] == 'ل' || o[0] == 'ب') && (o[1] == 'إ' || o[1] == 'أ')
}
