package relations

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/text"
)

// someDay are the words before a weekday that make it a day the story
// told before, or any such day, not the last one before publication.
var someDay = map[string]bool{"fameux": true, "fatidique": true, "meme": true, "funeste": true, "tragique": true,
	"un": true, "chaque": true, "tous": true, "certains": true}

var weekdays = map[string]time.Weekday{
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday,
	"vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday,
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

var months = map[string]time.Month{
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "janv": 1, "fevr": 2, "avr": 4,
	"juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
}

// dateMention is a date expression resolved to a day.
type dateMention struct {
	tok         int
	date        string
	bareWeekday bool // "jeudi", without "prochain" or "dernier"
}

// ParseDay reads a YYYY-MM-DD publication date.
func ParseDay(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// Dates finds the date expressions of tokens [first, last) outside quotes
// and resolves them against the publication day: a bare weekday is the
// last such day on or before publication ("lundi" in a Monday paper is that
// Monday), "prochain" moves it forward, "hier" is the day before.
func Dates(d *text.Doc, first, last int, pub time.Time) []dateMention {
	var out []dateMention
	toks := d.Tokens
	for i := first; i < last; i++ {
		if d.InQuote[i] {
			continue
		}
		n := toks[i].Norm
		if wd, ok := weekdays[n]; ok {
			if i > first && someDay[toks[i-1].Norm] {
				continue // "le fameux samedi soir", "un samedi", "chaque lundi": a day the text knows, or any
			}
			if i > first+1 && toks[i-1].Norm == "du" && toks[i-2].Norm == "journal" {
				continue // "le Journal du dimanche": a newspaper's name
			}
			next := ""
			if i+1 < last {
				next = toks[i+1].Norm
			}
			if i > first && (toks[i-1].Norm == "next" || toks[i-1].Norm == "last") {
				next = toks[i-1].Norm // English puts them first: "next Tuesday"
			}
			diff := (int(pub.Weekday()) - int(wd) + 7) % 7
			day := pub.AddDate(0, 0, -diff)
			switch next {
			case "prochain", "next":
				ahead := (int(wd) - int(pub.Weekday()) + 7) % 7
				if ahead == 0 {
					ahead = 7
				}
				day = pub.AddDate(0, 0, ahead)
			case "dernier", "last":
				if diff == 0 {
					day = pub.AddDate(0, 0, -7)
				}
			}
			// "lundi 8 février", "Monday, February 8": the explicit date
			// wins below.
			if i+2 < last && toks[i+1].Kind == text.Number {
				continue
			}
			if j := i + 1; j+1 < last && toks[j].Text == "," {
				j++
				if _, ok := months[toks[j].Norm]; ok && j+1 < last && toks[j+1].Kind == text.Number {
					continue
				}
			}
			out = append(out, dateMention{i, day.Format("2006-01-02"), next != "prochain" && next != "next" && next != "dernier" && next != "last"})
			continue
		}
		switch n {
		case "hier", "yesterday":
			out = append(out, dateMention{tok: i, date: pub.AddDate(0, 0, -1).Format("2006-01-02")})
			continue
		case "avant-hier":
			out = append(out, dateMention{tok: i, date: pub.AddDate(0, 0, -2).Format("2006-01-02")})
			continue
		case "aujourd'hui", "today":
			out = append(out, dateMention{tok: i, date: pub.Format("2006-01-02")})
			continue
		case "demain", "tomorrow":
			out = append(out, dateMention{tok: i, date: pub.AddDate(0, 0, 1).Format("2006-01-02")})
			continue
		}
		// "le 1er juillet", "8 février 2021", "8th February"; in English
		// also "February 8", "February 8, 2021"
		dayTok, monthTok, yearTok := -1, -1, -1
		if toks[i].Kind == text.Number && i+1 < last {
			if _, ok := months[toks[i+1].Norm]; ok {
				dayTok, monthTok, yearTok = i, i+1, i+2
			}
		} else if _, ok := months[n]; ok && d.Lang == "en" && toks[i].Cap && i+1 < last && toks[i+1].Kind == text.Number {
			dayTok, monthTok, yearTok = i+1, i, i+2
			if yearTok+1 < last && toks[yearTok].Text == "," && toks[yearTok+1].Kind == text.Number && len(toks[yearTok+1].Norm) == 4 {
				yearTok++
			}
		}
		if dayTok >= 0 {
			day, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSuffix(dayNumber(toks[dayTok].Norm), "er"), "e"))
			m := months[toks[monthTok].Norm]
			if err != nil || day < 1 || day > 31 || len(toks[dayTok].Norm) > 4 {
				continue
			}
			year := pub.Year()
			explicit := false
			if yearTok < last && toks[yearTok].Kind == text.Number && len(toks[yearTok].Norm) == 4 {
				if y, err := strconv.Atoi(toks[yearTok].Norm); err == nil {
					year, explicit = y, true
				}
			}
			t := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
			if t.Day() != day {
				continue
			}
			// News reports the past: a date well after publication without
			// a year is last year's.
			if !explicit && t.After(pub.AddDate(0, 0, 60)) {
				t = t.AddDate(-1, 0, 0)
			}
			out = append(out, dateMention{tok: i, date: t.Format("2006-01-02")})
			if monthTok == i {
				i = dayTok
			}
		}
	}
	return out
}

// dayNumber strips the English ordinal suffix of a day: "8th" is "8".
func dayNumber(n string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(n, suf) {
			return strings.TrimSuffix(n, suf)
		}
	}
	return n
}

// nearest returns the date of the mention closest to token i, or "".
func nearest(ds []dateMention, i int) string {
	m, _ := nearestMention(ds, i)
	return m.date
}

func nearestMention(ds []dateMention, i int) (dateMention, bool) {
	var best dateMention
	dist := 1 << 30
	for _, m := range ds {
		dd := m.tok - i
		if dd < 0 {
			dd = -dd
		}
		if dd < dist {
			best, dist = m, dd
		}
	}
	return best, dist < 1<<30
}
