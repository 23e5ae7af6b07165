package source

import (
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// readHTML takes a saved web page: readability finds the main text (it
// drops navigation, ads and footers); the page's metadata gives title,
// URL, date and author, JSON-LD first, then OpenGraph and article: tags,
// then <time>.
func readHTML(name, page string) (Doc, error) {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return Doc{}, err
	}
	m := pageMeta(root)
	var base *url.URL
	if m.url != "" {
		base, _ = url.Parse(m.url)
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(root, base)
	if err != nil {
		return Doc{}, err
	}
	var b strings.Builder
	if art.Node != nil {
		if err := art.RenderText(&b); err != nil {
			return Doc{}, err
		}
	}
	text := strings.TrimSpace(b.String())
	if text == "" {
		return Doc{}, errors.New("no main text found in the page")
	}
	d := Doc{Article: kg.Article{Source: name, URL: m.url, Title: first(m.title, art.Title()), Author: first(m.author, art.Byline())}}
	d.Article.Published = first(m.published, "")
	if d.Article.Published == "" {
		if t, err := art.PublishedTime(); err == nil {
			d.Article.Published = t.Format(time.DateOnly)
		}
	}
	if lang := art.Language(); lang != "" {
		d.Article.Lang = strings.ToLower(strings.SplitN(strings.SplitN(lang, "-", 2)[0], "_", 2)[0])
	}
	// The title opens the text, as in a plain-text article, so its names
	// are extracted too.
	if d.Article.Title != "" && !strings.HasPrefix(text, d.Article.Title) {
		text = d.Article.Title + "\n\n" + text
	}
	d.Text = text
	d.Article.ID = d.Article.URL
	if d.Article.ID == "" {
		d.Article.ID = kg.ContentID(text)
	}
	return d, nil
}

func first(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

type meta struct {
	title, url, published, author string
}

// pageMeta reads what the page says about itself. JSON-LD wins as the most
// deliberate; then OpenGraph, article: and citation tags; then <time>.
func pageMeta(root *html.Node) meta {
	var ld, tags meta
	var timeAttr string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					jsonLD(n.FirstChild.Data, &ld)
				}
			case atom.Meta:
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				val := attr(n, "content")
				switch key {
				case "og:title":
					tags.title = first(tags.title, val)
				case "og:url":
					tags.url = first(tags.url, val)
				case "article:published_time", "datepublished", "date", "pubdate", "dc.date", "dc.date.issued", "citation_publication_date", "publish-date":
					tags.published = first(tags.published, date(val))
				case "author", "article:author", "dc.creator", "citation_author":
					if !strings.HasPrefix(val, "http") {
						tags.author = first(tags.author, val)
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					tags.url = first(attr(n, "href"), tags.url)
				}
			case atom.Time:
				if timeAttr == "" {
					timeAttr = date(attr(n, "datetime"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return meta{
		title:     first(ld.title, tags.title),
		url:       absolute(first(ld.url, tags.url)),
		published: first(ld.published, tags.published, timeAttr),
		author:    first(ld.author, tags.author),
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// absolute keeps only absolute http(s) URLs: a relative one cannot name
// the article.
func absolute(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// jsonLD fills m from the first news or article object in a JSON-LD block
// (a single object, an array, or an @graph).
func jsonLD(src string, m *meta) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(any) bool
	visit = func(v any) bool {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if visit(e) {
					return true
				}
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok && visit(g) {
				return true
			}
			if !isArticleType(x["@type"]) {
				return false
			}
			m.title = first(m.title, str(x["headline"]), str(x["name"]))
			m.url = first(m.url, str(x["url"]), str(x["mainEntityOfPage"]))
			if mep, ok := x["mainEntityOfPage"].(map[string]any); ok {
				m.url = first(m.url, str(mep["@id"]))
			}
			m.published = first(m.published, date(str(x["datePublished"])), date(str(x["dateCreated"])))
			m.author = first(m.author, names(x["author"]))
			return true
		}
		return false
	}
	visit(v)
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "Report" || strings.HasSuffix(x, "Posting")
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// names joins the author or authors of a JSON-LD object.
func names(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return str(x["name"])
	case []any:
		var out []string
		for _, e := range x {
			if n := names(e); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

// date returns the calendar day a timestamp names, as written (in its own
// time zone), or "" when it is not one.
func date(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "2006/01/02", "02/01/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}
