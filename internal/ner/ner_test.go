package ner

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/ner/model"
	"github.com/newsgraph/newsgraph/internal/text"
)

func TestEmbeddedModelTags(t *testing.T) {
	m, err := Load(model.Gzipped())
	if err != nil {
		t.Fatal(err)
	}
	d := text.Analyze("Mercredi, Jean-Luc Mélenchon a rencontré Marie Dupuis à Marseille avant de partir pour Lyon.")
	var got []string
	for _, sp := range m.Tag(d) {
		got = append(got, sp.Type+" "+d.Slice(sp.First, sp.Last))
	}
	want := "PER Jean-Luc Mélenchon|PER Marie Dupuis|LOC Marseille|LOC Lyon"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
	if m.Threshold <= 0 {
		t.Errorf("threshold %v, want > 0", m.Threshold)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	ex := []Example{
		{Toks: text.Tokenize("Paul Martin vit à Paris ."), Tags: []int{1, 2, 0, 0, 5, 0}},
		{Toks: text.Tokenize("Anne Durand travaille à Lyon ."), Tags: []int{1, 2, 0, 0, 5, 0}},
	}
	m := Train(ex, 5, 1)
	m.Threshold = 1.5
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m2.Threshold != 1.5 {
		t.Errorf("threshold %v after round trip", m2.Threshold)
	}
	r := m2.Evaluate(ex, 0)
	if f := r.Entity["ALL"].F1(); f != 1 {
		t.Errorf("training-set entity F1 = %v, want 1", f)
	}
	if _, err := Load([]byte("not gzip")); err == nil {
		t.Error("Load accepted garbage")
	}
}

func TestReadEuropeanaIOB1(t *testing.T) {
	in := "M. O\nPaul I-PER\nMartin I-PER\nJean B-PER\nRoux I-PER\nà O\nLa I-LOC\nRochelle I-LOC\n. O\nIl O\n"
	ex, err := ReadEuropeana(strings.NewReader(in), 60)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != 2 {
		t.Fatalf("%d sentences, want 2", len(ex))
	}
	var got []string
	for _, sp := range goldSpans(ex[0].Tags) {
		var w []string
		for _, tk := range ex[0].Toks[sp.First:sp.Last] {
			w = append(w, tk.Text)
		}
		got = append(got, sp.Type+" "+strings.Join(w, " "))
	}
	if want := "PER Paul Martin|PER Jean Roux|LOC La Rochelle"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestReadPOPCORNNamedMentionsOnly(t *testing.T) {
	in := `{"d1": {"text": "À Dénver, Élise Roux a parlé. Elle est partie.", "entities": [
		{"type": "CIVILIAN", "mentions": [{"start": 10, "end": 20}, {"start": 30, "end": 34}]},
		{"type": "PLACE", "mentions": [{"start": 2, "end": 8}]}]}}`
	docs, err := ReadPOPCORN(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range docs[0].Sentences {
		for _, sp := range goldSpans(s.Tags) {
			got = append(got, sp.Type+" "+s.Toks[sp.First].Text)
		}
	}
	if want := "LOC Dénver|PER Élise"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}
