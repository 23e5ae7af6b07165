package relations

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

func TestRolePatterns(t *testing.T) {
	runPatterns(t, []patternCase{
		{"an indefinite title after the name", "Erick Erickson, un auteur conservateur très influent, a éreinté Donald Trump.",
			[]string{"Erick Erickson|holds_role||auteur"}, "role"},
		{"not an indefinite title before the name", "Selon un diplomate européen, Josep Borrell est arrivé.", nil, "role"},
		{"not an indefinite title after two names", "Hans Zimmer et Renzo Vitale, un ingénieur acoustique, se sont installés.", nil, "role"},
		{"a title after the age", "« C'est grave », a regretté Giles Ungpakorn, 65 ans, membre de l'association.",
			[]string{"Giles Ungpakorn|holds_role||membre de l'association"}, "role"},
		{"the age is not the title's", "Jason Ravnsborg, un élu républicain de 44 ans, soutient ne pas avoir vu la victime.",
			[]string{"Jason Ravnsborg|holds_role||élu"}, "role"},
		{"title, demonym, name", "Le ministre israélien des Affaires étrangères Gabi Ashkenazi est arrivé.",
			[]string{"Gabi Ashkenazi|holds_role|Israël|ministre des Affaires étrangères"}, "role"},
		{"name, title of country", "Joe Biden, président des États-Unis, est arrivé.",
			[]string{"Joe Biden|holds_role|États-Unis|président"}, "role"},
		{"title at a place, apposition", "Le chargé d'affaires américain à Jérusalem, Jonathan Shrier, est arrivé.",
			[]string{"Jonathan Shrier|holds_role|États-Unis|chargé d'affaires"}, "role"},
		{"the headline's person opening the lede by a title", "Coronavirus : Bruno Le Maire assure qu'il n'y aura pas de pénurie\n\nLe ministre de l'Économie a garanti dimanche que la France ne ferait pas face à une pénurie.",
			[]string{"Bruno Le Maire|holds_role||ministre de l'Économie"}, "role"},
		{"a title in apposition to another name is theirs", "Donald Trump perd des soutiens\n\nLe président de la Chambre des représentants, Paul Ryan, refuse de le soutenir.",
			[]string{"Paul Ryan|holds_role|Chambre des représentants|président"}, "role"},
		{"the headline's person named again is someone else's object", "Jack Lang en mission\n\nLe président a confié une nouvelle mission à Jack Lang.", nil, "role"},
		{"two people in the headline", "Emmanuel Macron reçoit Olaf Scholz\n\nLe chancelier allemand est arrivé lundi.", nil, "role"},
		// Who held the office on the day decides (data/offices.tsv).
		{"two people in the headline, an office's holder", "Emmanuel Macron reçoit Joe Biden\n\nLe président américain est arrivé lundi.",
			[]string{"Joe Biden|holds_role|États-Unis|président"}, "role"},
		{"name hung on a bracketed acronym", "« Les Français en ont marre », a poursuivi la présidente du Rassemblement national (RN) Marine Le Pen.",
			[]string{"Marine Le Pen|holds_role|Rassemblement national|présidente"}, "role"},
		{"portfolio the recogniser did not know", "Le ministre des Technologies, Fawad Chaudhry, a tenté de défendre le Premier ministre.",
			[]string{"Fawad Chaudhry|holds_role||ministre des Technologies"}, "role"},
		{"title after an incise's speaker", "« Il a truqué l'histoire », a réagi Khawaja Asif, le ministre des Affaires étrangères du précédent gouvernement.",
			[]string{"Khawaja Asif|holds_role||ministre des Affaires étrangères"}, "role"},
		{"title whose complement names a body", "Plusieurs élus dont la présidente de la région Île-de-France Valérie Pécresse se sont émus de ces propos.",
			[]string{"Valérie Pécresse|holds_role|Île-de-France|présidente de la région"}, "role"},
		{"chef de la diplomatie", "Le chef de la diplomatie allemande Heiko Maas est arrivé.",
			[]string{"Heiko Maas|holds_role|Allemagne|chef de la diplomatie"}, "role"},
		{"homologue", "Le ministre israélien des Affaires étrangères Gabi Ashkenazi s'est entretenu avec son homologue russe, Sergueï Lavrov.",
			[]string{"Gabi Ashkenazi|holds_role|Israël|ministre des Affaires étrangères", "Sergueï Lavrov|holds_role|Russie|ministre des Affaires étrangères"}, "role"},
		{"organisation", "Le secrétaire général de l'Otan, Jens Stoltenberg, est arrivé.",
			[]string{"Jens Stoltenberg|holds_role|Otan|secrétaire général"}, "role"},
		{"plural title is no role", "Les ministres européens des Affaires étrangères sont arrivés.", nil, "role"},
		{"title in a quote is no role", "« Le président Joe Biden a tort », a déclaré Sergueï Lavrov.", nil, "role"},
		{"name hung on the portfolio", "Le ministre des Comptes publics Gérald Darmanin a affirmé lundi qu'il n'avait rien à se reprocher.",
			[]string{"Gérald Darmanin|holds_role||ministre des Comptes publics"}, "role"},
		{"name hung on the state", "Le gouverneur démocrate du Minnesota Tim Walz a signé le décret.",
			[]string{"Tim Walz|holds_role|Minnesota|gouverneur"}, "role"},
		{"definite title after a preposition", "Emmanuel Macron répondait aux propos du président de la région Grand Est, Jean Rottner, qui a appelé au calme.",
			[]string{"Jean Rottner|holds_role|Grand Est|président de la région"}, "role"},
		{"portfolio after à", "Le commissaire européen à la Fiscalité, Pierre Moscovici, a apporté son soutien.",
			[]string{"Pierre Moscovici|holds_role||commissaire européen à la Fiscalité"}, "role"},
		{"a title already named", "Il a vu le Premier ministre Édouard Philippe, Christophe Castaner et Laurent Nuñez.",
			[]string{"Édouard Philippe|holds_role||Premier ministre"}, "role"},
		{"a friend's lawyer", "L'annonce a été faite par Michel Godest, avocat de son grand ami Jean-Paul Belmondo.",
			[]string{"Michel Godest|holds_role||avocat"}, "role"},
		{"the journalists are no title", "Interrogé par les journalistes, Donald Trump a admis qu'il n'avait pas pu parler à sa mère.", nil, "role"},
		{"title as the incise's subject after a medium and a name", "« C'est inacceptable », a déclaré à l'AFP Rabyah Khan, la présidente du Parti travailliste d'Oxford.",
			[]string{"Rabyah Khan|holds_role|Parti travailliste d'Oxford|présidente"}, "role"},
		{"name hung on the party's acronym", "Le député européen LR Brice Hortefeux était entendu jeudi par les juges.",
			[]string{"Brice Hortefeux|holds_role||député européen"}, "role"},
		{"homme d'affaires", "L'homme d'affaires franco-libanais Ziad Takieddine a accusé Nicolas Sarkozy.",
			[]string{"Ziad Takieddine|holds_role||homme d'affaires franco-libanais"}, "role"},
		{"possessive title and honorific", "Elle a laissé la parole à son avocat, Me Roberto Pereira, qui a demandé le rejet.",
			[]string{"Roberto Pereira|holds_role||avocat"}, "role"},
		{"a description resolved later leaves the named title", "Le vice-président Guillermo Castillo a demandé une enquête. « Il a dédié sa vie au développement », a salué le vice-président guatémaltèque.",
			[]string{"Guillermo Castillo|holds_role||vice-président"}, "role"},
		{"an apposed title followed by a second one", "Sébastien Chenu, député du Rassemblement national et porte-parole du parti, a reproché à Emmanuel Macron de mentir.",
			[]string{"Sébastien Chenu|holds_role|Rassemblement national|député"}, "role"},
		{"a list of titles is not the name's", "Le chef du gouvernement Jean Castex, le ministre de l'Intérieur et le ministre de la Justice sont attendus à Nice.",
			[]string{"Jean Castex|holds_role||chef du gouvernement"}, "role"},
		{"a party adjective is whose side, not the title", "Mercredi soir, le sénateur démocrate Tim Kaine a déploré la décision.",
			[]string{"Tim Kaine|holds_role||sénateur"}, "role"},
		{"a lawyer's client is not his title", "Contacté par RTL, l'avocat du comédien Me Hervé Témime avait assuré que son client était serein.", nil, "role"},
	})
}

func TestStatementPatterns(t *testing.T) {
	runPatterns(t, []patternCase{
		{"whom the incise addresses does not speak", `Emmanuel Petit était l'invité de Thierry Ardisson samedi. "Il faut lui poser la question", répond-il à Thierry Ardisson.`,
			nil, "said"},
		{"a pronoun subject keeps the person the text is about", `François Hollande multiplie les avertissements à son ancien conseiller. Le 22 août dernier, il avait mis en garde Emmanuel Macron sur la flexibilisation du travail. "Il ne faudrait pas demander aux Français des sacrifices qui ne sont pas utiles", avait-il précisé.`,
			[]string{"François Hollande|said|Il ne faudrait pas demander aux Français des sacrifices qui ne sont pas utiles"}, "said"},
		{"a subheading flattened into the text is no one's", `"Nous sommes prêts", souligne M. Lombardot.- "Prendre des paris" -Mais pour y parvenir, il a fallu investir.`,
			[]string{"Lombardot|said|Nous sommes prêts"}, "said"},
		{"words between the verb and the name", `"Il faut laisser faire les études", a jugé Jacques Chanut, président de la FFB. "Les filières aussi sont prêtes", a déclaré de son côté à l'AFP François Asselin, président de la CPME.`,
			[]string{"Jacques Chanut|said|Il faut laisser faire les études", "François Asselin|said|Les filières aussi sont prêtes"}, "said"},
		{"saluer and abonder as incise verbs", `"Il a dédié sa vie au développement", a salué Guillermo Castillo. "Ça fait des mois qu'on se bat", abonde Maryse Dupont.`,
			[]string{"Guillermo Castillo|said|Il a dédié sa vie au développement", "Maryse Dupont|said|Ça fait des mois qu'on se bat"}, "said"},
		{"an indefinite title is not the last speaker", `"Nous la soutenons", a déclaré Ann-Kathrin Stracke. "La WDR a accompagné Ann-Kathrin Stracke depuis le début", a déclaré jeudi une porte-parole de la chaîne.`,
			[]string{"Ann-Kathrin Stracke|said|Nous la soutenons"}, "said"},
		{"a title's quotation naming the last speaker is not theirs", `"Je ne regrette rien", a déclaré François Hollande. "François Hollande, le destructeur de tout, vient donner des leçons", a écrit le député.`,
			[]string{"François Hollande|said|Je ne regrette rien"}, "said"},
		{"a title, then its holder's name, after the verb", `"Il a eu pas mal de chance", a commenté l'entraîneur de l'équipe, Steve Tandy, au journal Wales Online.`,
			[]string{"Steve Tandy|said|Il a eu pas mal de chance"}, "said"},
		{"a work's title is no quotation", `Florent Pagny avait déjà exprimé ce qu'il pensait du fisc avec la chanson "Ma liberté de penser". François Hollande publie une édition augmentée de son livre "Les leçons du pouvoir".`, nil, "said"},
		{"a qualifier after a work's noun is one", `Un programme "faussement libéré mais vraiment libéral", a taclé le Premier secrétaire du PS, Jean-Christophe Cambadélis.`,
			[]string{"Jean-Christophe Cambadélis|said|faussement libéré mais vraiment libéral"}, "said"},
		{"whom, not who", `"Nous resterons unis", a déclaré le ministre à Emmanuel Macron.`, nil, "said"},
		{"a body after the verb speaks itself", `"Nous déplorons le mauvais usage de notre plateforme", a indiqué Facebook dans un communiqué à Bloomberg News.`,
			[]string{"Facebook|said|Nous déplorons le mauvais usage de notre plateforme"}, "said"},
		{"« », a déclaré X", "« Nous soutenons l'Ukraine sans réserve », a déclaré Emmanuel Macron.",
			[]string{"Emmanuel Macron|said|Nous soutenons l'Ukraine sans réserve"}, "said"},
		{"straight quotes, a tweeté X", `"La paix est possible dans la région", a tweeté Gabi Ashkenazi.`,
			[]string{"Gabi Ashkenazi|said|La paix est possible dans la région"}, "said"},
		{"X a déclaré : « »", "Emmanuel Macron a déclaré : « Nous ne céderons rien aux menaces. »",
			[]string{"Emmanuel Macron|said|Nous ne céderons rien aux menaces."}, "said"},
		{"X : « »", "Emmanuel Macron : « Nous ne céderons rien aux menaces. »",
			[]string{"Emmanuel Macron|said|Nous ne céderons rien aux menaces."}, "said"},
		{"selon X", "Selon Emmanuel Macron, « la situation reste très grave ».",
			[]string{"Emmanuel Macron|said|la situation reste très grave"}, "said"},
		{"title speaker named after a bracketed acronym", "« Les Français en ont marre », a poursuivi la présidente du Rassemblement national (RN) Marine Le Pen.",
			[]string{"Marine Le Pen|said|Les Français en ont marre"}, "said"},
		{"pour X, « »", "Pour Emmanuel Macron, le texte aurait « grandement nui à la capacité du pays ».",
			[]string{"Emmanuel Macron|said|grandement nui à la capacité du pays"}, "said"},
		{"a second quotation of the sentence is the first's speaker's", "Selon Marine Le Pen, ce sont « les mots du vieux monde » et ça « ne démontre qu'une seule chose ».",
			[]string{"Marine Le Pen|said|les mots du vieux monde", "Marine Le Pen|said|ne démontre qu'une seule chose"}, "said"},
		{"not when another is named between", "Marine Le Pen a dénoncé « une décision absurde et dangereuse » après les propos de Jean Dupont, qui parlait de « une honte pour le pays ».",
			[]string{"Marine Le Pen|said|une décision absurde et dangereuse"}, "said"},
		{"an epicene title takes its adjective's gender", "« J'ai reçu énormément de monde », a déclaré Chantal Jouanno. « Nous avons esquissé la méthode d'organisation », a poursuivi l'ancienne ministre.",
			[]string{"Chantal Jouanno|said|J'ai reçu énormément de monde", "Chantal Jouanno|said|Nous avons esquissé la méthode d'organisation"}, "said"},
		{"pour inside a sentence is no attribution", "Le document liste des « dysfonctionnements graves » pour Emmanuel Macron.", nil, "said"},
		{"a short quote's speaker is the one a-t-il means", "« Le dialogue continue avec Moscou », a dit Emmanuel Macron. Olaf Scholz s'est dit « choqué ». « Nous resterons fermes sur les principes », a-t-il ajouté.",
			[]string{"Emmanuel Macron|said|Le dialogue continue avec Moscou", "Olaf Scholz|said|Nous resterons fermes sur les principes"}, "said"},
		{"X a ajouté", "« Le dialogue continue avec Moscou », a dit Emmanuel Macron. « Nous resterons fermes sur les principes », a ajouté Emmanuel Macron.",
			[]string{"Emmanuel Macron|said|Le dialogue continue avec Moscou", "Emmanuel Macron|said|Nous resterons fermes sur les principes"}, "said"},
		{"a-t-il ajouté", "« Le dialogue continue avec Moscou », a dit Emmanuel Macron. « Nous resterons fermes sur les principes », a-t-il ajouté.",
			[]string{"Emmanuel Macron|said|Le dialogue continue avec Moscou", "Emmanuel Macron|said|Nous resterons fermes sur les principes"}, "said"},
		{"multi-sentence quote", "« Nous resterons unis. Nous ne céderons rien aux menaces », a déclaré Emmanuel Macron.",
			[]string{"Emmanuel Macron|said|Nous resterons unis. Nous ne céderons rien aux menaces"}, "said"},
		{"role speaker", "Le ministre israélien des Affaires étrangères Gabi Ashkenazi est arrivé lundi. « Nous défendrons notre pays », a déclaré le ministre.",
			[]string{"Gabi Ashkenazi|said|Nous défendrons notre pays"}, "said"},
		{"handle speaker", "Gabi Ashkenazi a parlé lundi. « C'est un plaisir de travailler ensemble », a tweeté @Gabi_Ashkenazi.",
			[]string{"Gabi Ashkenazi|said|C'est un plaisir de travailler ensemble"}, "said"},
		{"colon after the clause", "Gianni Infantino a défendu son projet : « Le football appartient au monde entier. »",
			[]string{"Gianni Infantino|said|Le football appartient au monde entier."}, "said"},
		{"Il a ajouté :", "« Une nouvelle étape commence », a dit José Manuel Albares. Il a ajouté : « Nous voulons une relation de confiance. »",
			[]string{"José Manuel Albares|said|Une nouvelle étape commence", "José Manuel Albares|said|Nous voulons une relation de confiance."}, "said"},
		{"speaker in apposition to a title", "« Le scrutin s'est déroulé dans le calme », a affirmé le chef de la commission électorale, Nurlan Abdirov.",
			[]string{"Nurlan Abdirov|said|Le scrutin s'est déroulé dans le calme"}, "said"},
		{"a répété", "« L'inflation reste trop élevée », a répété Christine Lagarde.",
			[]string{"Christine Lagarde|said|L'inflation reste trop élevée"}, "said"},
		{"pronoun after a negated clause", "Pedro Sánchez a parlé lundi. Mark Rutte ne s'est pas opposé à Madrid, mais il a rappelé que « chaque allié doit faire sa part ».",
			[]string{"Mark Rutte|said|chaque allié doit faire sa part"}, "said"},
		{"short quote is a word, not a statement", "Emmanuel Macron a dénoncé un texte « inacceptable ».", nil, "said"},
		{"no speaker", "« Nous ne céderons rien aux menaces », peut-on lire sur la banderole.", nil, "said"},
		{"et d'ajouter goes on with the last speaker", "« Nous ne céderons rien aux menaces », a déclaré Bruno Le Maire. Et d'ajouter : « Il n'y a rien d'anti-américain dans cette taxe ».",
			[]string{"Bruno Le Maire|said|Nous ne céderons rien aux menaces", "Bruno Le Maire|said|Il n'y a rien d'anti-américain dans cette taxe"}, "said"},
		{"an indefinite pronoun is someone unnamed", "François Hollande est parti. « Il était parti pour ne rien dire », a confirmé l'une de ses proches.", nil, "said"},
		{"a place before a colon is the topic", "Corée du Nord : « Trop c'est trop, il faut agir vite » pour l'ambassadrice américaine.", nil, "said"},
		{"a person before a colon speaks", "Emmanuel Macron : « Nous ne céderons rien aux menaces »", []string{"Emmanuel Macron|said|Nous ne céderons rien aux menaces"}, "said"},
		{"the lawyer is not the accused", "Salah Abdeslam est jugé à Paris. Salah Abdeslam a refusé de parler. « Ils pourront revenir en Europe sans comptes à rendre », argumente l'avocate.", nil, "said"},
		{"a title the tree tied to a name, repeated", "Chantal Jouanno, la présidente de la Commission nationale du débat public (CNDP), fait la tournée des médias. « Il y a des salles », a déclaré la présidente de la CNDP.",
			[]string{"Chantal Jouanno|said|Il y a des salles"}, "said"},
		{"a medium that reports another's words", "Serge, 60 ans, décrivait ainsi sa détresse dans les colonnes du Parisien : « A force d'y penser, je n'en dors plus la nuit. »", nil, "said"},
		{"at a medium's microphone", "Et de conclure au micro de RTL : « L'enquête prouvera que je n'y suis pour rien. »", nil, "said"},
		{"a medium that speaks", "« Vous ne choisissez pas l'Académie, c'est l'Académie qui vous choisit », souligne le New York Times.",
			[]string{"New York Times|said|Vous ne choisissez pas l'Académie, c'est l'Académie qui vous choisit"}, "said"},
		{"the name deep in the title", "« Il a été remis en liberté en fin de journée », a indiqué le procureur de la République de Cherbourg Yves Le Clair.",
			[]string{"Yves Le Clair|said|Il a été remis en liberté en fin de journée"}, "said"},
	})
}

func TestDatePatterns(t *testing.T) {
	// Published Monday 8 February 2021.
	runPatterns(t, []patternCase{
		{"lundi", "Emmanuel Macron a rencontré Olaf Scholz lundi.", []string{"Emmanuel Macron|met|Olaf Scholz|040||2021-02-08"}, "event"},
		{"jeudi dernier", "Emmanuel Macron a rencontré Olaf Scholz jeudi dernier.", []string{"Emmanuel Macron|met|Olaf Scholz|040||2021-02-04"}, "event"},
		{"lundi dernier", "Emmanuel Macron a rencontré Olaf Scholz lundi dernier.", []string{"Emmanuel Macron|met|Olaf Scholz|040||2021-02-01"}, "event"},
		{"mardi prochain", "Emmanuel Macron rencontrera Olaf Scholz mardi prochain.", []string{"Emmanuel Macron|met|Olaf Scholz|040|future|2021-02-09"}, "event"},
		{"bare weekday, future", "Emmanuel Macron doit rencontrer Olaf Scholz jeudi.", []string{"Emmanuel Macron|met|Olaf Scholz|040|future|2021-02-11"}, "event"},
		{"hier", "Hier, Emmanuel Macron a rencontré Olaf Scholz.", []string{"Emmanuel Macron|met|Olaf Scholz|040||2021-02-07"}, "event"},
		{"aujourd'hui", "Emmanuel Macron a rencontré Olaf Scholz aujourd'hui.", []string{"Emmanuel Macron|met|Olaf Scholz|040||2021-02-08"}, "event"},
		{"le 1er juillet", "Le 1er juillet, Emmanuel Macron a rencontré Olaf Scholz.", []string{"Emmanuel Macron|met|Olaf Scholz|040||2020-07-01"}, "event"},
		{"le 3 février", "Emmanuel Macron a rencontré Olaf Scholz le 3 février.", []string{"Emmanuel Macron|met|Olaf Scholz|040||2021-02-03"}, "event"},
		{"with year", "Emmanuel Macron a rencontré Olaf Scholz le 14 juillet 2019.", []string{"Emmanuel Macron|met|Olaf Scholz|040||2019-07-14"}, "event"},
		// A week or a month is not a day: no day is invented for them.
		{"la semaine dernière", "Emmanuel Macron a rencontré Olaf Scholz la semaine dernière.", []string{"Emmanuel Macron|met|Olaf Scholz|040||"}, "event"},
		{"fin janvier", "Emmanuel Macron a rencontré Olaf Scholz fin janvier.", []string{"Emmanuel Macron|met|Olaf Scholz|040||"}, "event"},
		{"no date", "Emmanuel Macron a rencontré Olaf Scholz.", []string{"Emmanuel Macron|met|Olaf Scholz|040||"}, "event"},
		{"date in a quote is not the event's", "« Je le verrai lundi », a dit Emmanuel Macron, qui a rencontré Olaf Scholz.", []string{"Emmanuel Macron|met|Olaf Scholz|040||"}, "event"},
	})
}

// TestReportDay: an act whose clause names no day, told in the passé
// composé in a main clause (or in the present in a headline), is dated by
// the day the article reports, marked so (date_from): the publication day,
// or for the headline and the lede the first day the article names. Acts
// recalled as background, relative clauses, states and pluperfects get
// no day: sample 4 of the judged corpus facts found the publication day
// wrong for 9 of 21 acts when every undated act had it.
func TestReportDay(t *testing.T) {
	r, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	x := mustNew(t)
	for _, tt := range []struct{ in, date, from string }{
		{"Emmanuel Macron a rencontré Olaf Scholz.", "2021-02-08", kg.DatePublished},
		{"Emmanuel Macron accuse Olaf Scholz de mentir", "2021-02-08", kg.DatePublished}, // a headline's present
		{"Emmanuel Macron a rencontré Olaf Scholz jeudi dernier.", "2021-02-04", ""},
		{"Lundi, Emmanuel Macron a rencontré Olaf Scholz.", "2021-02-08", ""},
		{"En attendant le discours de Boris Johnson dimanche soir, le ministre de l'Environnement George Eustice a appelé les Britanniques à respecter les restrictions.", "2021-02-08", kg.DatePublished},
		{"Le sommet s'ouvre. Emmanuel Macron a rencontré Olaf Scholz, qui avait reçu jeudi le prix.", "2021-02-08", kg.DatePublished},
		// The lede's day dates the headline.
		{"La maire de Lille a reçu vendredi 5 février la ministre.\n\nMartine Aubry accueille sèchement Agnès Buzyn", "", ""},
		// No day: background, a present in the body, a state, a relative
		// clause, a pluperfect, another clause's day.
		{"Le sommet s'ouvre. Avant lui, Jean-Luc Mélenchon a critiqué Emmanuel Macron.", "", ""},
		{"Le sommet s'ouvre. Cela fait 25 ans que Florent Pagny a rencontré Emmanuel Macron.", "", ""},
		{"Le sommet s'ouvre. Alors que Bagdad s'enfonçait dans la violence, Kanan Makiya a convenu avec les États-Unis de transférer les archives.", "", ""},
		{"Le sommet s'ouvre. Emmanuel Macron reçoit Olaf Scholz pour préparer la rentrée.", "", ""},
		{"Le sommet s'ouvre. Le GNA est soutenu par la Turquie.", "", ""},
		{"Le sommet s'ouvre. En mars, Marine Le Pen a critiqué Emmanuel Macron.", "", ""},
		{"Le sommet s'ouvre. Emmanuel Macron a rencontré Olaf Scholz en fin de semaine.", "", ""},
		{"Le sommet s'ouvre. Gérald Darmanin s'est aussi rendu ce week-end à Calais.", "", ""},
		{"Le sommet s'ouvre. Emmanuel Macron avait rencontré Olaf Scholz.", "", ""},
		{"Le sommet s'ouvre. Le chancelier Olaf Scholz, qui a rencontré Emmanuel Macron, est reparti.", "", ""},
	} {
		a := r.Recognize(text.Analyze(tt.in))
		var got []string // the last sentence's events
		for _, f := range x.Extract(a, trees(t, a.Doc), "2021-02-08") {
			if f.Cameo != "" && f.Sentence == len(a.Doc.Sentences)-1 {
				got = append(got, f.Date+"|"+f.DateFrom)
			}
		}
		if want := tt.date + "|" + tt.from; len(got) != 1 || got[0] != want {
			t.Errorf("%s\ngot %q, want one event in the last sentence, dated %q", tt.in, got, want)
		}
	}
	// The lede's day dates the headline, not a relative clause's day.
	for _, tt := range []struct{ in, date, from string }{
		{"Martine Aubry accueille sèchement Agnès Buzyn\n\nLa maire de Lille a reçu vendredi 5 février la ministre.", "2021-02-05", kg.DateContext},
		{"Martine Aubry accueille sèchement Agnès Buzyn\n\nLa ministre, qui était arrivée vendredi 5 février, a été reçue.", "2021-02-08", kg.DatePublished},
	} {
		a := r.Recognize(text.Analyze(tt.in))
		var got []string
		for _, f := range x.Extract(a, trees(t, a.Doc), "2021-02-08") {
			if f.Cameo != "" && f.Sentence == 0 {
				got = append(got, f.Date+"|"+f.DateFrom)
			}
		}
		if want := tt.date + "|" + tt.from; len(got) != 1 || got[0] != want {
			t.Errorf("%s\ngot %q, want one event in the headline, dated %q", tt.in, got, want)
		}
	}
}

// TestPrecisionTraps are sentences whose surface looks like an event
// between two entities that the sentence does not assert.
func TestPrecisionTraps(t *testing.T) {
	runPatterns(t, []patternCase{
		{"a past infinitive takes no day from the confession", "Jonathann Daval a avoué mardi avoir tué son épouse Alexia.",
			[]string{"Jonathann Daval|killed|Alexia|180||"}, "event"},
		{"asked whether: a question", "À cette occasion, TMZ a demandé à Catherine Hicks si elle serait d'accord pour participer à une suite.", nil, "event"},
		{"invited to a gathering: no appeal", "Gérald Darmanin a invité Xavier Bertrand à son conseil municipal d'installation.",
			[]string{"Gérald Darmanin|invited|Xavier Bertrand|036||"}, "event"},
		{"a subject takes no preposition", "Municipales à Paris : Génération.s soutient Anne Hidalgo", nil, "event"},
		{"tuer: the person killed, not the shop", "Christian Medves, boucher au Super U de Trèbes, a été tué par Radaoune Lakdim.",
			[]string{"Radaoune Lakdim|killed|Christian Medves|180||"}, "event"},
		{"a day after the report's: planned", "Nicolas Sarkozy devrait rencontrer Laurent Wauquiez le 10 février prochain.",
			[]string{"Nicolas Sarkozy|met|Laurent Wauquiez|040|future|2021-02-10"}, "event"},
		{"se féliciter: pleased, no praise of the name after it", "Les JAM ont atteint « un niveau inédit », s'est félicité Martin Bohmert.", nil, "event"},
		{"si: a contrast grants the fact", "Si le député François Lamy soutient Jean-Marie Le Guen, ce n'est pas le cas de la sénatrice Samia Ghali.",
			[]string{"François Lamy|supported|Jean-Marie Le Guen|051||"}, "event"},
		{"si: a condition does not", "Si Emmanuel Macron rencontre Vladimir Poutine, ce sera la guerre.",
			[]string{"Emmanuel Macron|met|Vladimir Poutine|040|hedged|"}, "event"},
		{"a place hosting an exhibition", "Le musée d'Orsay accueille une exposition de Claude Monet.", nil, "event"},
		{"a person hosted", "Emmanuel Macron a reçu Angela Merkel à l'Élysée.", []string{"Emmanuel Macron|hosted|Angela Merkel|043||"}, "event"},
		{"remercié par: dismissed", "Brigitte Lahaie a été remerciée par Emmanuel Macron.", nil, "event"},
		{"défendu par Me: represented", "Patrick Balkany sera défendu par Me Éric Dupond-Moretti.", nil, "event"},
		{"saluer: greeted", "Le ministre et le président Emmanuel Macron ont ensuite salué Étienne Cardiles.", nil, "event"},
		{"saluer: greeted a team", "Ali Bongo a ensuite salué les deux équipes, le Gabon et la Guinée-Bissau.", nil, "event"},
		{"an occasion hung on the infinitive its object controls", "Mike Pompeo a exhorté la France à renoncer à sa taxe, lors d'une réunion avec Jean-Yves Le Drian à Washington.",
			[]string{"Mike Pompeo|urged|France|020||", "Mike Pompeo|met|Jean-Yves Le Drian|040||"}, "event"},
		{"a target's name hung on the verb after a comma", "Angela Merkel a félicité son successeur, Olaf Scholz.",
			[]string{"Angela Merkel|praised|Olaf Scholz|051||"}, "event"},
		{"a target's name parsed as a second subject", "Donald Trump s'en est pris lundi à sa coordinatrice, Deborah Birx.",
			[]string{"Donald Trump|criticized|Deborah Birx|111||2021-02-08"}, "event"},
		{"juger: no criticism without a negative attribute", "Emmanuel Macron a jugé Angela Merkel très compétente.", nil, "event"},
		{"juger: a court's judgment is no criticism", "Le tribunal correctionnel a jugé Jérôme Cahuzac lundi.", nil, "event"},
		{"déplorer: a death is no one's act", "Emmanuel Macron a déploré la mort de Jacques Chirac.", nil, "event"},
		{"déplorer: a pronoun in the clause may be the speaker", "Emmanuel Macron a déploré qu'il ait été mal compris.", nil, "event"},
		{"what someone does stands for them", "Ségolène Royal défend le bilan de Fidel Castro. Mike Pompeo a qualifié les tweets de l'ayatollah Ali Khamenei d'« antisémites ».",
			[]string{"Ségolène Royal|defended|Fidel Castro|052||", "Mike Pompeo|criticized|Ali Khamenei|111||"}, "event"},
		{"an act with no author is no one's", "Marietta Karamanli a dénoncé un acharnement contre les étrangers et Danièle Obono a rappelé que cet allongement suscite la réprobation.", nil, "event"},
		{"saluer: praised what", "Emmanuel Macron a salué la décision d'Abdelaziz Bouteflika.", []string{"Emmanuel Macron|praised|Abdelaziz Bouteflika|051||"}, "event"},
		{"saluer: praised for", "Jean-Michel Blanquer a salué la Mayenne pour sa gestion de la crise.", []string{"Jean-Michel Blanquer|praised|Mayenne|051||"}, "event"},
		{"a violent exchange is no talk", "Marine Le Pen et Gérald Darmanin ont eu un échange très violent.", nil, "event"},
		{"a violent exchange, noun", "Violent échange entre Gilbert Collard et Jean-Luc Mélenchon à l'Assemblée nationale.", nil, "event"},
		{"an exchange of seats", "En juin, Christian Estrosi a échangé sa place avec Philippe Pradal.", nil, "event"},
		{"a phone exchange is talk", "Marine Le Pen et Gérald Darmanin ont eu un échange téléphonique.", []string{"Marine Le Pen|spoke_with|Gérald Darmanin|040||"}, "event"},
		{"meeting a people is no consultation", "François Hollande profite de son temps libre pour rencontrer les Français.", nil, "event"},
		{"invited by a medium: an interview", "Vaimalama Chaves était invitée par Le Parisien pour parler du harcèlement.", nil, "event"},
		{"a source in brackets", "François Bayrou salue son attachement à l'unité des Français (AFP).", nil, "event"},
		{"noun phrase subject in a clause", "Emmanuel Macron estime que les manifestants ont critiqué la police.", nil, "event"},
		{"noun phrase subject after a name", "Selon Joe Biden, les rebelles ont attaqué l'Ukraine.", nil, "event"},
		{"military attack", "La Russie a attaqué l'Ukraine.", []string{"Russie|attacked|Ukraine|190||"}, "event"},
		{"verbal attack", "Marine Le Pen a attaqué Emmanuel Macron.", []string{"Marine Le Pen|criticized|Emmanuel Macron|111||"}, "event"},
		{"attaquer en justice", "La Commission européenne a attaqué en justice la Pologne.",
			[]string{"Commission européenne|sued|Pologne|115||"}, "event"},
		{"poursuivre en justice", "La Commission européenne poursuit la Hongrie en justice.",
			[]string{"Commission européenne|sued|Hongrie|115||"}, "event"},
		{"poursuivre alone", "Emmanuel Macron poursuit Olaf Scholz.", nil, "event"},
		{"was to meet", "Emmanuel Macron devait rencontrer Olaf Scholz.",
			[]string{"Emmanuel Macron|met|Olaf Scholz|040|hedged|"}, "event"},
		{"about to host", "Emmanuel Macron s'apprête à recevoir Olaf Scholz.",
			[]string{"Emmanuel Macron|hosted|Olaf Scholz|043|future|"}, "event"},
		{"planned to meet", "Emmanuel Macron a prévu de rencontrer Olaf Scholz.",
			[]string{"Emmanuel Macron|met|Olaf Scholz|040|future|"}, "event"},
		{"received support of: the giver acts", "La Russie a reçu le soutien de la Chine.", []string{"Chine|supported|Russie|051||"}, "event"},
		{"condemned the invasion of", "Olaf Scholz a condamné l'invasion de l'Ukraine.", nil, "event"},
		{"criticised the decision of", "Emmanuel Macron a critiqué la décision de Joe Biden.",
			[]string{"Emmanuel Macron|criticized|Joe Biden|111||"}, "event"},
		{"met representatives of", "Emmanuel Macron a rencontré des représentants de la Chine.", nil, "event"},
		{"refused to meet", "Emmanuel Macron a refusé de rencontrer Vladimir Poutine.", nil, "event"},
		{"denies having met", "Emmanuel Macron dément avoir rencontré Vladimir Poutine.", nil, "event"},
		{"without meeting", "Emmanuel Macron est reparti sans rencontrer Vladimir Poutine.", nil, "event"},
		{"a wish is no act", "Emmanuel Macron veut rencontrer Vladimir Poutine.", nil, "event"},
		{"a wish reported", "Lorie Pester dit avoir souhaité rencontrer Agnès Buzyn, ministre de la Santé.", nil, "event"},
		{"an appeal's infinitive is the addressees'", "Nicolas Hulot a appelé à rejeter les accords de libre-échange, dont le Ceta.", nil, "event"},
		{"a match is no meeting", "La rencontre entre Toulouse et Nice en 32es de finale de la Coupe de France a été reportée.", nil, "event"},
		{"a prize received is no guest", "Henri Belolo a reçu un Grammy Award en 1979.", nil, "event"},
		{"a guest named like a prize is still one", "Emmanuel Macron a reçu César Acuña à l'Élysée.",
			[]string{"Emmanuel Macron|hosted|César Acuña|043||"}, "event"},
		{"an appeal to support is an endorsement", "Nicolas Sarkozy avait appelé à soutenir François Fillon.",
			[]string{"Nicolas Sarkozy|supported|François Fillon|051||"}, "event"},
		{"asking to meet is a wish of one's own", "Emmanuel Macron a demandé à rencontrer Vladimir Poutine.",
			[]string{"Emmanuel Macron|met|Vladimir Poutine|040|hedged|"}, "event"},
		{"a denier taken for an adverb", "François Bayrou dément soutenir François Fillon et rassure Alain Juppé", nil, "event"},
		{"an agent on a finite verb is the parser's", "L'Elysée accuse par ailleurs Alexandre Benalla d'entretenir des contrevérités.", nil, "event"},
		{"a conditional announced in the past is planned", "Il a annoncé qu'Emmanuel Macron rencontrerait Vladimir Poutine.",
			[]string{"Emmanuel Macron|met|Vladimir Poutine|040|future|"}, "event"},
		{"a concessive si grants the fact", "Si Yannick Jadot salue la décision d'Emmanuel Macron de ne pas signer l'accord, l'eurodéputé précise qu'il ne s'agit que d'une suspension.",
			[]string{"Yannick Jadot|praised|Emmanuel Macron|051||"}, "event"},
		{"if", "Si la Russie attaque la Pologne, l'Otan réagira.",
			[]string{"Russie|attacked|Pologne|190|hedged|"}, "event"},
		{"accused of having attacked", "L'Ukraine accuse la Russie d'avoir bombardé la Moldavie.",
			[]string{"Ukraine|accused|Russie|112||"}, "event"},
		{"a noun, not a verb", "La menace de la Russie inquiète la Pologne.", nil, "event"},
		{"received a call", "Emmanuel Macron a reçu un appel de Joe Biden.", nil, "event"},
		{"quoted event", "« La Russie a attaqué l'Ukraine », a déclaré Joe Biden.", nil, "event"},
		{"a place is no visitor's host", "Emmanuel Macron a reçu à Paris la visite de Joe Biden.", nil, "event"},
		{"purpose of a done act", "Emmanuel Macron s'est ensuite rendu à Londres pour s'entretenir avec Boris Johnson.",
			[]string{"Emmanuel Macron|spoke_with|Boris Johnson|040||", "Emmanuel Macron|visited|Londres|042||"}, "event"},
		{"purpose of a planned act", "Emmanuel Macron se rendra à Londres pour s'entretenir avec Boris Johnson.",
			[]string{"Emmanuel Macron|spoke_with|Boris Johnson|040|future|", "Emmanuel Macron|visited|Londres|042|future|"}, "event"},
		{"a show gathers no meeting", "France 2 diffuse un spectacle qui réunit Patrick Bruel et Vitaa.", nil, "event"},
		{"a person gathers a meeting", "Emmanuel Macron a réuni Olaf Scholz et Mario Draghi à Paris.",
			[]string{"Emmanuel Macron|met|Mario Draghi|040||", "Emmanuel Macron|met|Olaf Scholz|040||"}, "event"},
		{"a quoted subject is another speaker's", "« La Russie est coupable », a accusé Joe Biden.", nil, "event"},
		{"a place before the verb sets the scene", "En Bulgarie, Iliyan Markov se rend chez la famille Assenov.", nil, "event"},
		{"a demonym before a name is the person", "L'Algérien Abdelmalek Droukdal a été tué par l'armée française.",
			[]string{"France|killed|Abdelmalek Droukdal|180||"}, "event"},
		{"invited to lunch", "Nicolas Sarkozy invite François Fillon à déjeuner.",
			[]string{"Nicolas Sarkozy|invited|François Fillon|036||"}, "event"},
		{"invited to act", "Olivier Véran a invité Emmanuel Macron à porter un masque.",
			[]string{"Olivier Véran|urged|Emmanuel Macron|020||"}, "event"},
		{"a courtesy title is someone", "Emmanuel Macron a rencontré M. Amadou Diallo.",
			[]string{"Emmanuel Macron|met|Amadou Diallo|040||"}, "event"},
		{"a prize received hosts no one", "Le New York Times a reçu trois prix Pulitzer lundi.", nil, "event"},
		{"goods exchanged are no talks", "La Poste et Intermarché s'échangent des masques contre du gel.", nil, "event"},
		{"a session's talks are not its callers'", "Amnesty International et Human Rights Watch ont appelé à convoquer une session pour discuter de la crise.", nil, "event"},
		{"places are not who pays tribute", "Les actions à Paris, Bordeaux et Lyon visaient à rendre hommage à George Floyd.", nil, "event"},
		{"a conjunct with its own preposition is another complement", "Boris Johnson a été attaqué par l'opposition, à la Chambre des communes, pour sa lenteur.", nil, "event"},
		{"an adjective's country is no relative's antecedent", "Elle a reçu la présidente du parti français, qui soutient Boris Johnson.", nil, "event"},
		{"spoke on a subject, each in public", "Edouard Philippe ainsi que Christophe Castaner s'étaient exprimés sur le sujet.", nil, "event"},
		{"will speak, each in public", "Marlène Schiappa et Edouard Philippe s'exprimeront.", nil, "event"},
		{"spoke before a committee", "Christophe Castaner et Laurent Nuñez se sont exprimés devant la commission.", nil, "event"},
		{"spoke together", "Gabi Ashkenazi et Antony Blinken se sont exprimés au téléphone lundi.",
			[]string{"Gabi Ashkenazi|spoke_with|Antony Blinken|040||2021-02-08"}, "event"},
		{"a town after à is where", "Emmanuel Macron s'y oppose à Bruxelles.", nil, "event"},
		{"a country after à is whom", "Emmanuel Macron s'est opposé à la Chine.", []string{"Emmanuel Macron|opposes|Chine|110||"}, "event"},
		{"nationals are not their country", "Deux Français ont été arrêtés par la police népalaise.", nil, "event"},
		{"a company's nationality is not its country", "Les autorités de Belgrade ont signé un accord avec le chinois CMEC.",
			[]string{"Belgrade|agreed_with|CMEC|057||"}, "event"},
		{"ready to agree is no agreement", "Laeticia Hallyday est prête à trouver un accord avec David Hallyday.", nil, "event"},
		{"decided to sue", "Jean Dupont a décidé de porter plainte contre Emmanuel Macron.",
			[]string{"Jean Dupont|sued|Emmanuel Macron|115|future|"}, "event"},
		{"was going to sue", "Christophe Castaner a annoncé qu'il allait déposer plainte contre Nicolas Dupont-Aignan.",
			[]string{"Christophe Castaner|sued|Nicolas Dupont-Aignan|115|future|"}, "event"},
		{"the occasion taken is the act done", "Emmanuel Macron en profite pour critiquer fortement François Hollande.",
			[]string{"Emmanuel Macron|criticized|François Hollande|111||"}, "event"},
		{"a family is not one of its members", "Les familles Bennett et Brittman ont porté plainte contre le Mercy Hospital.", nil, "event"},
		{"faire appel à is to enlist", "Pour la version française, M6 a fait appel à Gad Elmaleh.", nil, "event"},
		{"an act talked about", "Iran : négocier avec Washington serait inutile.", nil, "event"},
		{"an act said to be urgent", "Il est urgent de rencontrer Vladimir Poutine.", nil, "event"},
		{"a visit told before has its own place", "Après cette visite, Emmanuel Macron terminera ses vacances à Brégançon.", nil, "event"},
		{"a member's party does not act", "L'eurodéputé EELV Yannick Jadot a critiqué Nicolas Hulot. Le député LREM a critiqué Anne Hidalgo.",
			[]string{"Yannick Jadot|criticized|Nicolas Hulot|111||"}, "event"},
	})
}
