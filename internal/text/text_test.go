package text

import (
	"fmt"
	"strings"
	"testing"
)

func sentences(d *Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"abbreviation", "M. Dupont est arrivé. Mme Durand aussi.", []string{"M. Dupont est arrivé.", "Mme Durand aussi."}},
		{"initials", "Selon J. K. Rowling, tout va bien. Fin.", []string{"Selon J. K. Rowling, tout va bien.", "Fin."}},
		{"era", "En 52 av. J.-C. César vainquit. Puis il partit.", []string{"En 52 av. J.-C. César vainquit.", "Puis il partit."}},
		{"missing space", "Il a parlé de l'Iran.Ils ont discuté.", []string{"Il a parlé de l'Iran.", "Ils ont discuté."}},
		{"numbers", "Le taux est de 3.5 % cette année. Il baisse.", []string{"Le taux est de 3.5 % cette année.", "Il baisse."}},
		{"quote spans sentences", "« C’est fini. Nous partons », a dit Paul. Puis rien.", []string{"« C’est fini. Nous partons », a dit Paul.", "Puis rien."}},
		{"quote ends sentence", "Il a dit : « Non. » Elle est partie.", []string{"Il a dit : « Non. »", "Elle est partie."}},
		{"lines", "Titre court\nLe texte commence ici. Et continue.", []string{"Titre court", "Le texte commence ici.", "Et continue."}},
		{"wrapped line", "Le ministre des Affaires étrangères a rencontré hier son homologue, le\nministre de la Défense.", []string{"Le ministre des Affaires étrangères a rencontré hier son homologue, le\nministre de la Défense."}},
		{"question", "Pourquoi ? Parce que. Vraiment !", []string{"Pourquoi ?", "Parce que.", "Vraiment !"}},
		{"glued heading", "Le point avec Jérôme SalomonPas de nouveau cas, a-t-il dit.", []string{"Le point avec Jérôme Salomon", "Pas de nouveau cas, a-t-il dit."}},
		{"url", "Voir www.lemonde.fr. Merci.", []string{"Voir www.lemonde.fr.", "Merci."}},
		{"glued after acronym", "Il l'a dit à l'AFP.Le ministre est parti.", []string{"Il l'a dit à l'AFP.", "Le ministre est parti."}},
		{"glued acronym", "Il a gagné la course.RFI l'a dit.", []string{"Il a gagné la course.", "RFI l'a dit."}},
		{"glued after number", "Il est 12h.Le train part.", []string{"Il est 12h.", "Le train part."}},
		{"glued after parenthesis", "selon la Fédération (FRS).Je pars.", []string{"selon la Fédération (FRS).", "Je pars."}},
		{"glued after quote", "Il a dit «non».Puis il est parti.", []string{"Il a dit «non».", "Puis il est parti."}},
		{"closing quote glued", `Il a dit: "Non, jamais ?"Ce serait une erreur.`, []string{`Il a dit: "Non, jamais ?"`, "Ce serait une erreur."}},
		{"opening quote glued", `selon la Fédération (FRS)."Je ne sais pas", dit-il.`, []string{"selon la Fédération (FRS).", `"Je ne sais pas", dit-il.`}},
		{"section head", "Berlin refuse. - Fermeté allemande - La chancelière a dit non.", []string{"Berlin refuse.", "- Fermeté allemande -", "La chancelière a dit non."}},
		{"heading in capitals", "Berlin refuse. VIOLENCES CONJUGALES Le ministre a parlé. SOS Racisme a réagi. BFM TV Paris a dit non.", []string{"Berlin refuse.", "VIOLENCES CONJUGALES", "Le ministre a parlé.", "SOS Racisme a réagi.", "BFM TV Paris a dit non."}},
		{"section head glued", "Berlin refuse.- Fermeté allemande -La chancelière a dit non.", []string{"Berlin refuse.", "- Fermeté allemande -", "La chancelière a dit non."}},
		{"section head quoting a phrase", `Berlin refuse.- Une vie "dédiée aux autres" - Benoît Maria "a tout donné", dit-il.`, []string{"Berlin refuse.", `- Une vie "dédiée aux autres" -`, `Benoît Maria "a tout donné", dit-il.`}},
		{"section head that is a quotation", `Berlin refuse.- "Un monde hostile" -Pour Paul Dubois, le texte nuit.`, []string{"Berlin refuse.", `- "Un monde hostile" -`, "Pour Paul Dubois, le texte nuit."}},
		{"no section head across a quotation", `Il a dit - "non - c'est fini" -Merci.`, []string{`Il a dit - "non - c'est fini" -Merci.`}},
		{"dash after stop", "Berlin refuse.- Une tuerie de masse a eu lieu.", []string{"Berlin refuse.", "- Une tuerie de masse a eu lieu."}},
		{"initials and acronyms", "Selon J. K. Rowling, tout va bien. Les U.S.A. aussi.", []string{"Selon J. K. Rowling, tout va bien.", "Les U.S.A. aussi."}},
		{"etc", "Il vend des fruits, etc. Le marché ferme.", []string{"Il vend des fruits, etc.", "Le marché ferme."}},
		{"stray quote", `Elle veut "créer 5000 postes", qui "fera "respecter les règles". Les effectifs sont de 3400. Le candidat a repris le thème.`,
			[]string{`Elle veut "créer 5000 postes", qui "fera "respecter les règles".`, "Les effectifs sont de 3400.", "Le candidat a repris le thème."}},
		{"unclosed quote", `Il a dit "non. Elle est partie. Puis rien.`, []string{`Il a dit "non.`, "Elle est partie.", "Puis rien."}},
		{"wrapped wire text", "Le ministre des Affaires étrangères a reçu mardi à Paris le président\nJacques Chirac, qui était accompagné de son homologue allemand pour\nune visite d'Etat. Fin.",
			[]string{"Le ministre des Affaires étrangères a reçu mardi à Paris le président\nJacques Chirac, qui était accompagné de son homologue allemand pour\nune visite d'Etat.", "Fin."}},
		{"name across lines", "Le président de la République française Jacques\nChirac a reçu son homologue.", []string{"Le président de la République française Jacques\nChirac a reçu son homologue."}},
		{"line ends on article", "Le texte parle de la\nFrance et de l'Europe.", []string{"Le texte parle de la\nFrance et de l'Europe."}},
		{"heading then sentence", "Réaction de Reuters\nLe journal a publié un démenti.", []string{"Réaction de Reuters", "Le journal a publié un démenti."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(Analyze(tt.in))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"l’Iran d'abord", []string{"l’", "Iran", "d'", "abord"}},
		{"jusqu’à lorsqu’il qu’elle s’est", []string{"jusqu’", "à", "lorsqu’", "il", "qu’", "elle", "s’", "est"}},
		{"aujourd’hui O'Neill", []string{"aujourd’hui", "O'Neill"}},
		{"Jean-Yves Le Drian, porte-parole", []string{"Jean-Yves", "Le", "Drian", ",", "porte-parole"}},
		{"@Gabi_Ashkenazi #Iran https://t.co/x1.", []string{"@Gabi_Ashkenazi", "#Iran", "https://t.co/x1", "."}},
		{"le 1er juillet 2021, 3,5 %", []string{"le", "1er", "juillet", "2021", ",", "3,5", "%"}},
		{"«Bonjour»...", []string{"«", "Bonjour", "»", "..."}},
		{"Iran's minister, Russia’s, it's, isn't, s'est", []string{"Iran", "'s", "minister", ",", "Russia", "’s", ",", "it", "'s", ",", "isn't", ",", "s'", "est"}},
		// Invisible characters: inside a word they are part of it, elsewhere space.
		{"Emma\u00adnuel Macron, trau\u00adma\u00adtisme", []string{"Emma\u00adnuel", "Macron", ",", "trau\u00adma\u00adtisme"}},
		{"fin.\u200b\u200bYves Chag\u200bnon \ufeffici\u00ad", []string{"fin", ".", "Yves", "Chag\u200bnon", "ici"}},
		// Words glued at a change of case where a line break was lost.
		{"Olivier VéranEn visite, BFMTVInterrogé, McLaren YouTube LeBron OnePlus XVIe", []string{"Olivier", "Véran", "En", "visite", ",", "BFMTV", "Interrogé", ",", "McLaren", "YouTube", "LeBron", "OnePlus", "XVIe"}},
		{"PIQUE À MACRONManuel Valls, SARS-CoV-2 XVIIIe", []string{"PIQUE", "À", "MACRON", "Manuel", "Valls", ",", "SARS-CoV-2", "XVIIIe"}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, tk := range toks {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has offsets %d:%d", tt.in, tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInvisibleCharactersFold(t *testing.T) {
	toks := Tokenize("Emma\u00adnuel Ma\u200bcron")
	if len(toks) != 2 || toks[0].Norm != "emmanuel" || toks[1].Norm != "macron" || !toks[0].Cap {
		t.Errorf("tokens %+v, want emmanuel and macron", toks)
	}
	if toks := Tokenize("a\u200bb"); len(toks) != 1 {
		t.Errorf("a zero-width space between letters cut the word: %+v", toks)
	}
	if toks := Tokenize("fin.\u200bSuite"); len(toks) != 3 || !toks[2].Space {
		t.Errorf("a zero-width space after a full stop is space: %+v", toks)
	}
}

func TestTokenKinds(t *testing.T) {
	toks := Tokenize("@POTUS #Paris https://x.org 2021 ONU Israël")
	want := []Kind{Handle, Hashtag, URL, Number, Word, Word}
	for i, k := range want {
		if toks[i].Kind != k {
			t.Errorf("token %q kind %d, want %d", toks[i].Text, toks[i].Kind, k)
		}
	}
	if !toks[4].Upper || !toks[5].Cap || toks[5].Upper {
		t.Errorf("case flags wrong: %+v %+v", toks[4], toks[5])
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"États-Unis":       "etats-unis",
		"E\u0301tats-Unis": "etats-unis", // decomposed accent
		"l’Œuvre":          "l'oeuvre",
		"Sergueï":          "serguei",
		"plain":            "plain",
		"Erdoğan":          "erdogan",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestQuotes(t *testing.T) {
	d := Analyze("Il a dit « bonjour à tous » puis \"au revoir\". Elle : «Non merci «.")
	var got []string
	for _, q := range d.Quotes {
		got = append(got, d.Text[q.Start:q.End])
	}
	want := []string{"bonjour à tous", "au revoir", "Non merci"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("quotes %q, want %q", got, want)
	}
}

// TestUnclosedQuote: a quotation whose closing mark was lost ends at the
// incise that reports it, not at the next quotation mark.
func TestUnclosedQuote(t *testing.T) {
	d := Analyze(`Sur Twitter."Il déshonore son mandat. C'est indigne (...), a également tweeté le syndicat. La présidente Valérie Pécresse s'est émue. "Comparaison insensée", a-t-elle tweeté.`)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, d.Text[q.Start:q.End])
	}
	want := []string{"Il déshonore son mandat. C'est indigne (...)", "Comparaison insensée"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("quotes %q, want %q", got, want)
	}
	for i, tok := range d.Tokens {
		if tok.Text == "Pécresse" && d.InQuote[i] {
			t.Errorf("%q is outside the quotations, InQuote says inside", tok.Text)
		}
	}
}

// TestIdentify: each language Identify knows, by script or by common
// words, and "" for too few words.
func TestIdentify(t *testing.T) {
	for _, tc := range []struct{ text, lang string }{
		{"Le président de la République a reçu les syndicats à l'Élysée pour une réunion sur les retraites.", "fr"},
		{"The president of the republic received the unions at the palace for a meeting on pensions.", "en"},
		{"Der Präsident der Republik hat die Gewerkschaften zu einem Treffen über die Renten empfangen.", "de"},
		{"El presidente de la república recibió a los sindicatos para una reunión sobre las pensiones.", "es"},
		{"Il presidente della repubblica ha ricevuto i sindacati per una riunione sulle pensioni e non solo.", "it"},
		{"O presidente da república recebeu os sindicatos para uma reunião sobre as pensões e não só.", "pt"},
		{"De president van de republiek heeft de vakbonden ontvangen voor een overleg over de pensioenen.", "nl"},
		{"Президент республики принял профсоюзы для встречи по пенсиям.", "ru"},
		{"استقبل رئيس الجمهورية النقابات لعقد اجتماع حول المعاشات", "ar"},
		{"共和国总统接见了工会代表，讨论养老金问题。", "zh"},
		{"Emmanuel Macron", ""},
	} {
		if got := Identify(tc.text); got != tc.lang {
			t.Errorf("Identify(%.30q) = %q, want %q", tc.text, got, tc.lang)
		}
	}
}

// TestLangTag: a tag's primary subtag, whatever its case and separator.
func TestLangTag(t *testing.T) {
	for tag, want := range map[string]string{
		"": "", "fr": "fr", "FR": "fr", "en-GB": "en", "en_US": "en", "fre": "fre", "-fr": "", "pt-BR-x": "pt",
	} {
		if got := LangTag(tag); got != want {
			t.Errorf("LangTag(%q) = %q, want %q", tag, got, want)
		}
	}
	if got := LangName("de"); got != "German (de)" {
		t.Errorf("LangName(de) = %q", got)
	}
	if got := LangName("xx"); got != "language xx" {
		t.Errorf("LangName(xx) = %q", got)
	}
}

func TestDetectLang(t *testing.T) {
	if l := DetectLang(Tokenize("Le président a rencontré les ministres de la région.")); l != "fr" {
		t.Errorf("French detected as %s", l)
	}
	if l := DetectLang(Tokenize("The president met the ministers of the region and said it was good.")); l != "en" {
		t.Errorf("English detected as %s", l)
	}
	// Short news sentences have few of the commonest words: too few for
	// Identify, which is why DetectLang counts its own.
	headline := "Emmanuel Macron will visit Berlin next Tuesday."
	if l := DetectLang(Tokenize(headline)); l != "en" {
		t.Errorf("short English detected as %s", l)
	}
	if l := Identify(headline); l != "" {
		t.Errorf("Identify(%q) = %q; the package comment says it cannot tell", headline, l)
	}
}

// TestUnclosedQuoteSpeaker: with no incise to end it, a quotation whose
// closing mark was lost keeps the sentences spoken in the first or second
// person and ends before the first told in the third.
func TestUnclosedQuoteSpeaker(t *testing.T) {
	tests := []struct{ in, want, outside string }{
		{`Il a salué un chef "qui connaît parfaitement les régions. L'hypothèse d'un report avait été évoquée. Jean Castex a reçu lundi Renaud Muselier.`,
			"qui connaît parfaitement les régions.", "Castex"},
		{`Elle a raconté : "J'ai eu une alerte pendant mes vacances. Je décide alors d'informer le président. On a l'information ensuite.`,
			"J'ai eu une alerte pendant mes vacances. Je décide alors d'informer le président. On a l'information ensuite.", ""},
		{`Le maire a dit "'toute la vérité'", écrit l'hebdomadaire. Selon le JDD, il est revenu sur le surnom "Flanby" qui lui a été donné.`,
			"", "hebdomadaire"},
	}
	for _, tt := range tests {
		d := Analyze(tt.in)
		var got []string
		for _, q := range d.Quotes {
			if q.Close < 0 {
				got = append(got, d.Text[q.Start:q.End])
			}
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%s\nunclosed quotations %q, want %q", tt.in, got, tt.want)
		}
		for i, tok := range d.Tokens {
			if tok.Text == tt.outside && d.InQuote[i] {
				t.Errorf("%s\n%q is outside the quotations, InQuote says inside", tt.in, tok.Text)
			}
		}
	}
}

// TestInternalIncise: an incise that French typography leaves inside the
// quotation marks cuts the quotation in two, the words after it resuming
// the words before.
func TestInternalIncise(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		resumes []bool
		outside string
	}{
		{"« Nous ne céderons pas, a affirmé Christine Vautrin, nous irons jusqu'au bout. »",
			[]string{"Nous ne céderons pas", "nous irons jusqu'au bout."}, []bool{false, true}, "Vautrin"},
		{`"Nous venger de quoi ?, s'est-il encore interrogé. Ça fait un moment qu'on est passés à autre chose."`,
			[]string{"Nous venger de quoi ?", "Ça fait un moment qu'on est passés à autre chose."}, []bool{false, true}, "interrogé"},
		{`"Il est fou, a dénoncé le secrétaire national d'EELV, David Cormand. On n'avait aucun moyen de savoir."`,
			[]string{"Il est fou", "On n'avait aucun moyen de savoir."}, []bool{false, true}, "Cormand"},
		{`"Tout cela va finir en farce, a déclaré Nicolas Sarkozy, selon l'hebdomadaire. Si ce n'est pas le cas, il faudra l'admettre."`,
			[]string{"Tout cela va finir en farce", "Si ce n'est pas le cas, il faudra l'admettre."}, []bool{false, true}, "hebdomadaire"},
		// no subject after the verb: no incise
		{"« Le texte, a été voté hier, sans débat. »", []string{"Le texte, a été voté hier, sans débat."}, []bool{false}, ""},
	}
	for _, tt := range tests {
		d := Analyze(tt.in)
		var got []string
		var resumes []bool
		for _, q := range d.Quotes {
			got = append(got, d.Text[q.Start:q.End])
			resumes = append(resumes, q.Resumes)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || fmt.Sprint(resumes) != fmt.Sprint(tt.resumes) {
			t.Errorf("%s\nquotations %q resuming %v, want %q resuming %v", tt.in, got, resumes, tt.want, tt.resumes)
		}
		for i, tok := range d.Tokens {
			if tok.Text == tt.outside && d.InQuote[i] {
				t.Errorf("%s\n%q is the incise's, InQuote says quoted", tt.in, tok.Text)
			}
		}
	}
}

// TestNoInternalIncise: a verb of saying inside a quotation that is its
// own clause's verb is no incise.
func TestNoInternalIncise(t *testing.T) {
	for _, in := range []string{
		"« L'expérience acquise ici à Leipzig, assure au groupe BMW une expertise unique. La BMW i8 fait partie du site. »",
		`"La seule étude d'ampleur, réalisée aux États-Unis, a estimé que 6 % de la population en avait été victime. Transposé à la France, cela fait beaucoup."`,
	} {
		d := Analyze(in)
		if len(d.Quotes) != 1 || d.Quotes[0].Resumes {
			var got []string
			for _, q := range d.Quotes {
				got = append(got, d.Text[q.Start:q.End])
			}
			t.Errorf("%s\nquotations %q, want the whole", in, got)
		}
	}
}

// TestInternalInciseWordsBetween: adverbs and a medium may stand between
// an incise's verb and its subject.
func TestInternalInciseWordsBetween(t *testing.T) {
	for _, in := range []string{
		`"Ce programme permet à des gens d'avoir des protéines, explique sur franceinfo le président du réseau, Jacques Bailet. Si la teneur venait à être confirmée, c'est grave."`,
		`"La rougeole est l'une des maladies les plus contagieuses, explique au Parisien le médecin Olivier Robineau. Un seul malade infecte 18 personnes."`,
		`"Je relativise énormément, assure néanmoins Elisabeth. La vie est tellement courte."`,
		`"On a une météo changeante, explique à France 2 le pilote Jean-François Martin. Le choix est fait."`,
		`"La prise de poids était prévisible, explique au Parisien Quentin Molinié, de Darwin Nutrition. Plus de temps à la maison."`,
		`"Il faut aider nos anciens, estime auprès du Parisien le médecin urgentiste Patrick Pelloux. Il faut que le gouvernement agisse."`,
		`"Ce qui me désole, ce n'est pas la fatigue, déplore quant à lui le non-inscrit Olivier Falorni. Mais on travaille mal."`,
	} {
		d := Analyze(in)
		if len(d.Quotes) != 2 || !d.Quotes[1].Resumes {
			var got []string
			for _, q := range d.Quotes {
				got = append(got, d.Text[q.Start:q.End])
			}
			t.Errorf("%s\nquotations %q, want two around the incise", in, got)
		}
	}
}
