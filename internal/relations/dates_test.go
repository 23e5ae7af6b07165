package relations

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

func TestDates(t *testing.T) {
	pub, _ := ParseDay("2021-02-08") // a Monday
	tests := []struct{ in, want string }{
		{"Ils se sont parlé lundi.", "2021-02-08"},
		{"Jeudi, la Cour a décidé.", "2021-02-04"},
		{"Une réunion vendredi avec eux.", "2021-02-05"},
		{"Il l'a dit dimanche.", "2021-02-07"},
		{"Il l'a dit hier.", "2021-02-07"},
		{"Il parle aujourd’hui.", "2021-02-08"},
		{"Il viendra lundi prochain.", "2021-02-15"},
		{"C'était lundi dernier.", "2021-02-01"},
		{"Le communiqué du 1er février l'annonçait.", "2021-02-01"},
		{"Le 14 juillet 2019, il était là.", "2019-07-14"},
		{"Le 25 décembre, il était là.", "2020-12-25"},
		{"Aucune date ici.", ""},
		{"Elle aurait été tuée le fameux samedi soir.", ""},
		{"Il vient chaque lundi et un samedi sur deux.", ""},
		{"Ce même samedi, il était parti.", ""},
		{"Il l'a écrit dans le Journal du dimanche.", ""},
		{"« Je viendrai lundi », a-t-il dit.", ""},
		{"They met on Friday in Geneva and said so.", "2021-02-05"},
		{"The two men spoke on Monday, February 1, 2021, the ministry said.", "2021-02-01"},
		{"The leaders met on February 3 in Rome, the ministry said.", "2021-02-03"},
		{"The leaders met on 3 February 2020 in Rome, the ministry said.", "2020-02-03"},
		{"The leaders met on December 25, the ministry said last night.", "2020-12-25"},
		{"The leaders met on the 4th February, the ministry said.", "2021-02-04"},
		{"The minister said it yesterday in the capital city.", "2021-02-07"},
		{"The minister will go there next Tuesday, the ministry said.", "2021-02-09"},
		{"The minister said the fighting may continue for weeks.", ""},
	}
	for _, tt := range tests {
		d := text.Analyze(tt.in)
		got := nearest(Dates(d, 0, len(d.Tokens), pub), 0)
		if got != tt.want {
			t.Errorf("%q: date %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHeadlineDay: an undated act of the headline is the one its lede
// tells with a day, and takes that day as estimated (the lede's); not
// when the lede tells another act, nor in a text with no headline line.
func TestHeadlineDay(t *testing.T) {
	checkDays(t, "hosted", 0, []dayCase{
		{"Emmanuel Macron reçu par Angela Merkel\n\nEmmanuel Macron a été reçu lundi à Berlin par Angela Merkel.", "2021-02-08", kg.DateContext},
		{"Emmanuel Macron reçu par Angela Merkel\n\nEmmanuel Macron a critiqué lundi à Berlin Angela Merkel.", "", ""},
	})
}

// TestBackgroundYear: a past year in a relative clause of its own does
// not place the main clause's act in the past; the act takes the
// publication day as any undated perfect does. A past year in the act's
// own clause still does.
func TestBackgroundYear(t *testing.T) {
	checkDays(t, "criticized", -1, []dayCase{
		{"Joe Biden a critiqué Donald Trump, en interpellant les mineurs qui avaient voté pour lui en 2016.", "2021-02-08", kg.DatePublished},
		{"Joe Biden a critiqué Donald Trump en interpellant en 2016 les mineurs.", "", ""},
	})
}

// dayCase is a text, published Monday 8 February 2021, and the day and
// its source that its act should carry.
type dayCase struct{ in, day, from string }

// checkDays extracts each case and checks the day of its act of
// predicate, in sentence sent (any when -1).
func checkDays(t *testing.T, predicate string, sent int, cases []dayCase) {
	t.Helper()
	r, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range cases {
		a := r.Recognize(text.Analyze(tt.in))
		found := false
		for _, f := range mustNew(t).Extract(a, trees(t, a.Doc), "2021-02-08") {
			if f.Predicate != predicate || sent >= 0 && f.Sentence != sent {
				continue
			}
			found = true
			if f.Date != tt.day || f.DateFrom != tt.from {
				t.Errorf("%q: act dated %q from %q, want %q from %q", tt.in, f.Date, f.DateFrom, tt.day, tt.from)
			}
		}
		if !found {
			t.Errorf("%q: no act %s", tt.in, predicate)
		}
	}
}
