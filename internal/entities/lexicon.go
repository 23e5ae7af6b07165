package entities

// set builds a lookup set; the lexicons below are built once per Recognizer.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lexicon holds the folded word lists recognition relies on.
type lexicon struct {
	function    map[string]bool // words that start sentences but never names
	capNouns    map[string]bool // common nouns French capitalises
	connectors  map[string]bool // lower-case words inside names: "de Gaulle"
	firstNames  map[string]bool
	personTitle map[string]bool // M., Mme, Dr: a person follows
	orgWords    map[string]bool // a name holding one is an organisation
	locPreps    map[string]bool // "à Kiev": a place follows
	determiners map[string]bool
	roleMods    map[string]bool // "ancien président"
	roleAdjs    map[string]bool // "secrétaire général adjoint"
	partyAdjs   map[string]bool // "le député socialiste X": whose side, not the title's words
	ministries  map[string]bool // "ministre de la Défense"
	institution map[string]bool // "l'administration américaine" is the country
}

func newLexicon() *lexicon {
	return &lexicon{
		function: set("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces",
			"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "tu", "mais", "et", "ou", "donc", "or", "ni", "car",
			"selon", "pour", "par", "dans", "en", "sur", "sous", "avec", "sans", "apres", "avant", "depuis", "pendant", "devant", "durant",
			"lors", "quand", "lorsque", "lorsqu'", "si", "alors", "ainsi", "aussi", "auparavant", "cependant", "pourtant",
			"toutefois", "neanmoins", "enfin", "ensuite", "puis", "deja", "encore", "egalement", "notamment", "surtout",
			"plus", "moins", "tres", "trop", "tout", "tous", "toute", "toutes", "chaque", "certains", "certaines", "plusieurs",
			"aucun", "aucune", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos",
			"c'", "qu'", "s'", "n'", "m'", "que", "qui", "quoi", "ou", "comment", "pourquoi", "combien", "voici", "voila",
			"hier", "aujourd'hui", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
			"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
			"oui", "non", "parmi", "entre", "contre", "vers", "chez", "malgre", "grace", "face", "outre", "jusqu'", "des",
			"afin", "comme", "cela", "ceci", "ca", "celui", "celle", "ceux", "celles", "y", "la", "ici", "peu", "beaucoup",
			"bien", "mal", "seul", "seule", "meme", "autre", "autres", "nouveau", "nouvel", "nouvelle", "premier", "premiere",
			"dernier", "derniere", "certes", "desormais", "dans", "au", "aux", "a", "est", "sont", "etait", "mieux",
			"cette", "quant", "tandis", "parallelement", "finalement", "recemment", "actuellement", "officiellement",
			"mardi", "interroge", "interrogee", "rappelons", "notons", "precisement", "d'autre", "d'ailleurs", "ailleurs",
			"the", "a", "an", "in", "on", "at", "of", "for", "but", "and", "or", "he", "she", "it", "they", "we", "i",
			"this", "that", "these", "those", "there", "when", "while", "after", "before", "since", "as", "if", "what",
			"his", "her", "their", "our", "its", "by", "from", "with", "to", "also", "however", "meanwhile", "earlier",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms",
			"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"),
		capNouns: set("etat", "etats", "gouvernement", "constitution", "internet", "histoire", "republique", "royaume",
			"nord", "sud", "est", "ouest", "orient", "eglise", "dieu", "bourse", "justice", "defense", "interieur",
			"affaires", "economie", "sante", "armees", "president", "ministre", "premier", "conseil", "cour", "tribunal",
			"parlement", "assemblee", "commission", "agence", "union", "alliance", "parti", "senat", "ministere",
			"communique", "plus", "tweet", "an", "covid", "coronavirus", "ue", "etat-major"),
		connectors: set("de", "du", "des", "d'", "la", "le", "von", "van", "der", "den", "al", "el", "al-", "bin", "ben",
			"ibn", "abou", "abu", "da", "di", "dos", "das", "del", "della", "ter", "op", "zu"),
		firstNames: set("gabi", "antony", "anthony", "joe", "joseph", "jonathan", "benjamin", "vladimir", "sergueï", "serguei",
			"sergey", "sergei", "donald", "emmanuel", "jean", "pierre", "paul", "jacques", "michel", "francois", "francoise",
			"marie", "anne", "nicolas", "philippe", "alain", "bernard", "christophe", "eric", "laurent", "olivier", "patrick",
			"thierry", "stephane", "sebastien", "julien", "david", "daniel", "michael", "mickael", "john", "james", "robert",
			"william", "richard", "charles", "thomas", "mark", "marc", "george", "georges", "steven", "kevin", "brian", "edward",
			"ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "stephen", "larry", "justin", "scott",
			"brandon", "frank", "gregory", "raymond", "samuel", "patrick", "alexander", "alexandre", "alexis", "alex", "jack",
			"dennis", "jerry", "tyler", "aaron", "henry", "henri", "adam", "douglas", "nathan", "peter", "zachary", "kyle",
			"walter", "harold", "jeremy", "ethan", "carl", "keith", "roger", "gerald", "gerard", "christian", "terry", "sean",
			"arthur", "austin", "noah", "lawrence", "jesse", "joe", "bryan", "billy", "jordan", "albert", "dylan", "bruce",
			"willie", "gabriel", "alan", "juan", "logan", "wayne", "ralph", "roy", "eugene", "randy", "vincent", "russell",
			"louis", "bobby", "philip", "johnny", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan",
			"jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna",
			"michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
			"cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma",
			"samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria",
			"heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan",
			"evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann",
			"teresa", "kathryn", "sara", "janice", "jean-yves", "jean-marc", "jean-pierre", "jean-luc", "jean-claude",
			"jean-louis", "jean-paul", "jean-michel", "jean-francois", "marie-france", "anne-marie", "marine", "segolene",
			"valerie", "isabelle", "sophie", "nathalie", "sylvie", "martine", "monique", "brigitte", "helene", "claire",
			"agnes", "florence", "caroline", "sandrine", "celine", "aurelie", "emilie", "juliette", "camille", "manon",
			"lea", "chloe", "ines", "lucie", "sarah", "elisabeth", "edouard", "gerald", "bruno", "roland", "yves", "rene",
			"andre", "claude", "guy", "marcel", "maurice", "raymond", "lucien", "gilles", "didier", "herve", "pascal",
			"fabien", "fabrice", "franck", "frederic", "gael", "gaetan", "guillaume", "hugo", "jerome", "jeremie", "lionel",
			"loic", "ludovic", "mathieu", "matthieu", "maxime", "mehdi", "mohamed", "mohammed", "mohammad", "muhammad",
			"ahmed", "ahmad", "ali", "hassan", "hussein", "hossein", "omar", "oumar", "abdel", "abdallah", "abdullah",
			"youssef", "yousef", "ibrahim", "ebrahim", "ismail", "ismaïl", "khaled", "khalid", "karim", "rachid", "said",
			"samir", "tarek", "walid", "yasser", "mahmoud", "mustafa", "moustafa", "recep", "hakan", "mevlut", "ahmet",
			"mehmet", "naftali", "yair", "yaïr", "benny", "moshe", "avigdor", "yossi", "yitzhak", "shimon", "ariel",
			"ehud", "gideon", "avi", "itamar", "bezalel", "isaac", "herzog", "dmitri", "dmitry", "mikhail", "mikhaïl",
			"boris", "igor", "ivan", "oleg", "sergiy", "volodymyr", "vitali", "vitaly", "dmytro", "olena", "yulia", "ioulia",
			"alexei", "alexeï", "alexey", "andrei", "andreï", "nikolai", "nikolaï", "yevgeny", "evgueni", "valery", "valeri",
			"maria", "olga", "tatiana", "natalia", "svetlana", "xi", "li", "wang", "kim", "shinzo", "fumio", "narendra",
			"imran", "ashraf", "hamid", "javad", "hassan", "ebrahim", "mahmoud", "ayatollah", "kamala", "hillary", "bill",
			"barack", "ronald", "nancy", "mike", "mitch", "chuck", "kevin", "lloyd", "jake", "ned", "linda", "janet",
			"antonio", "antónio", "angela", "olaf", "annalena", "ursula", "josep", "charles", "jens", "rishi", "keir",
			"liz", "theresa", "giorgia", "mario", "matteo", "pedro", "jair", "luiz", "lula", "justin", "jacinda", "scott",
			"abdel", "fattah", "bachar", "bashar", "hafez", "recep", "tayyip", "viktor", "mateusz", "andrzej", "karl",
			"friedrich", "heinz", "hans", "klaus", "wolfgang", "jurgen", "helmut", "gerhard", "franz", "sebastian",
			"felix", "martin", "jan", "lars", "sven", "erik", "nils", "anders", "fatou", "tedros", "rafael", "raphael",
			"benoit", "benoît", "arnaud", "cedric", "damien", "denis", "dominique", "etienne", "florian", "gilbert",
			"jean-baptiste", "jean-marie", "jean-noel", "joel", "jordan", "kevin", "laurence", "lucas", "marion", "mathilde",
			"noel", "pauline", "remi", "romain", "simon", "sylvain", "theo", "valentin", "xavier", "yann", "yannick",
			"anne-sophie", "marie-claire", "gabrielle", "gabriela", "carlos", "jose", "josé", "luis", "manuel", "miguel",
			"javier", "fernando", "francisco", "alberto", "enrique", "nicolás", "nicolas", "evo", "hugo", "gustavo", "ivan",
			"emmanuelle", "ségolène", "rachida", "najat", "amelie", "elise", "eva", "sabine", "sylvie", "yael", "yaël"),
		personTitle: set("m", "mme", "mlle", "mm", "mmes", "dr", "pr", "me", "mgr", "monsieur", "madame", "mademoiselle",
			"sir", "lord", "lady", "cheikh", "sheikh", "mr", "mrs", "ms", "docteur", "professeur", "maitre", "saint", "sainte"),
		orgWords: set("forum", "ong", "ngo", "collectif", "consortium", "ministere", "parti", "banque", "universite", "association", "federation", "union", "conseil", "agence",
			"commission", "front", "mouvement", "institut", "comite", "tribunal", "cour", "assemblee", "senat", "armee",
			"groupe", "societe", "fondation", "organisation", "office", "bureau", "parlement", "gouvernement", "compagnie",
			"corporation", "inc", "sa", "airlines", "airways", "bank", "party", "council", "committee", "university",
			"ministry", "department", "agency", "court", "assembly", "foundation", "institute", "company", "group",
			"fonds", "syndicat", "confederation", "ligue", "alliance", "coalition", "brigades", "forces", "hopital",
			"police", "gendarmerie", "direction", "service", "services", "autorite", "haute", "haut-commissariat",
			"observatoire", "centre", "ecole", "lycee", "club", "fc", "radio", "tele", "television", "journal", "presse",
			"editions", "laboratoire", "cnrs", "cabinet", "regiment", "division", "etat-major", "garde", "gardiens",
			"chambre", "congres", "secretariat", "delegation", "ambassade", "consulat", "mission", "programme", "reseau"),
		locPreps:    set("a", "en", "au", "aux", "vers", "depuis", "in", "at", "near"),
		determiners: set("le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "du", "au", "aux", "des", "de", "d'", "ce", "cet", "cette", "notre", "the"),
		roleMods: set("ancien", "ancienne", "ex", "futur", "future", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle",
			"puissant", "puissante", "influent", "influente", "defunt", "defunte", "feu", "former", "new", "current"),
		partyAdjs: partyAdjectives,
		roleAdjs: set("general", "generale", "adjoint", "adjointe", "delegue", "deleguee", "special", "speciale", "permanent",
			"permanente", "principal", "principale", "interimaire", "sortant", "sortante", "elu", "elue", "federal",
			"federale", "supreme", "en", "chef", "d'etat-major"),
		ministries: set("affaires", "defense", "interieur", "economie", "finances", "justice", "sante", "armees", "travail",
			"education", "culture", "agriculture", "environnement", "transports", "industrie", "commerce", "energie",
			"securite", "logement", "budget", "sports", "outre-mer", "immigration", "renseignement", "renseignements",
			"diplomatie", "europe", "solidarites", "numerique", "recherche", "enseignement", "jeunesse", "cohesion",
			"transition", "comptes", "fonction", "relations", "cooperation", "developpement", "information", "communication",
			"tresor", "guerre", "marine", "air", "emploi", "famille", "territoires", "mer", "peche", "foreign", "state", "defence"),
		institution: set("administration", "gouvernement", "diplomatie", "armee", "autorites", "forces", "justice",
			"presidence", "executif", "regime", "pouvoir", "marine", "aviation", "police", "delegation", "ambassade",
			"etat", "parlement", "dirigeants", "responsables", "officiels", "diplomates", "negociateurs", "services"),
	}
}

// partyAdjectives are the adjectives of political family, folded: "le
// député socialiste X", "la sénatrice démocrate".
var partyAdjectives = set("democrate", "republicain", "republicaine", "socialiste", "ecologiste", "conservateur", "conservatrice",
	"travailliste", "liberal", "liberale", "centriste", "communiste", "insoumis", "insoumise", "progressiste",
	"nationaliste", "souverainiste", "independantiste", "frontiste", "gaulliste", "macroniste", "trotskiste",
	"populiste")

// PartyAdjective reports whether a folded word is an adjective of
// political family ("democrate", "socialiste"): whose side a title's
// holder is on, not the title's words.
func PartyAdjective(folded string) bool { return partyAdjectives[folded] }
