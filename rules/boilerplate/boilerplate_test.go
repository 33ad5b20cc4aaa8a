package boilerplate

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/ruletest"

	"github.com/stylelint-dev/stylelint/internal/furniture"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

func TestBoilerplateCatches(t *testing.T) {
	r := ruletest.Build(t, "boilerplate")
	lines := []string{
		"Replying to X",
		"Comments are moderated and generally will be posted if they are on-topic and not abusive.",
		"For more information, please see our Comments FAQ",
		"11 Comments",
		"Leave a comment",
		"Never miss a story — sign up for PEOPLE's free daily newsletter to stay up-to-date",
		"Subscribe to Deadline Breaking News Alerts and keep your inbox happy.",
		"Sign up for our newsletter",
		"Related Articles",
		"Follow Us",
		"Must Read Stories",
		"Read more:",
		"Advertisement",
		"OMR Festival 2024 In Hamburg / Tristar Media/GettyImages",
		"Courtesy: 'The Kardashians,' HULU",
		"Photograph: Jane Doe for the Guardian",
		"Published Time: 11.07.2024 - 07:31:18 Modified Time: 11.07.2024 - 07:31:18",
		"Pop Culture & Art July 11, 2024",
		"View this post on Instagram",
		"Well that's new pic.twitter.com/EWgDSVvrHO — Hayes Brown (@HayesBrown) January 3, 2024",
		"Share Tweet Email Comment",
		"Privacy Policy | Terms & Conditions | © Copyright 2016, The Political Insider",
		"We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.",
		"7 min read",
		"Skip to main content",
		"5 years ago",
		"Interest Successfully Added",
		"Free Subscription",
		"Advertising",
		"Partner Sites",
		"Privacy Terms Sitemap Media Kit Ad Choices About Us Contacts Feedback We're Hiring!",
		"BroadwayWorld.com Oct. 13, 2016",
		"Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments",
		"Slide: 1 / of 2 . Caption: Getty Images",
		"Accessibility for screenreader",
		"Rawstory.tv US NEWS Extremism Opinion video FAQs get the newsletter",
		"↑ Beam me up, Scotty",
		"Get in touch",
		"About The Author",
		"Recent Energy Content",
		"Read more: Why the Fed raised rates",
		"Continue reading the main story",
		"Stories from The Lily",
	}
	for _, l := range lines {
		text := "A title\n\nSome prose paragraph that is long enough to be an article.\n\n" + l + "\n\nMore prose follows here.\n"
		ds := ruletest.Check(t, r, "a.txt", text, nil)
		if len(ds) != 1 || !strings.Contains(l, strings.TrimSpace(text[ds[0].Start:ds[0].End])) {
			t.Errorf("%q: got %q", l, ruletest.Flagged(ds, text))
		}
	}
}

func TestBoilerplateNeverFlags(t *testing.T) {
	r := ruletest.Build(t, "boilerplate")
	wrapped := "A title\n\nThis program is free software; you can redistribute it under the terms published\nby the Free Software Foundation.\n"
	if ds := ruletest.Check(t, r, "a.txt", wrapped, nil); len(ds) > 0 {
		t.Errorf("hard-wrapped prose flagged: %q", ruletest.Flagged(ds, wrapped))
	}
	text := `Kim Kardashian meets Gypsy Rose Blanchard

She asked fans to follow us on the tour, she said.

"I read the newsletter every morning," said the editor, "and I subscribe to three more."

The Road to Recovery

Comments from readers poured in after the story ran on January 3, 2024, in the morning edition.

By the time the police arrived, the suspect had fled.

Stories from the war shaped him. Recent energy content laws matter, she said.

The photo shows the house. Photo: it was taken at night, he said, and nobody saw it.

Read more from Jennifer Rubin:

- first item of the article's own list
- second item
`
	if ds := ruletest.Check(t, r, "a.txt", text, nil); len(ds) > 0 {
		for _, d := range ds {
			t.Errorf("ruletest.Flagged %q (%s)", text[d.Start:d.End], d.Message)
		}
	}
}

func TestBoilerplateFixDeletesLine(t *testing.T) {
	r := ruletest.Build(t, "boilerplate")
	cases := []ruletest.FixCase{
		{"Title\n\nProse here.\n\nAdvertisement\n\nMore prose.\n", "Title\n\nProse here.\n\nMore prose.\n"},
		{"Title\r\n\r\nProse here.\r\n\r\nAdvertisement\r\n\r\nMore prose.\r\n", "Title\r\n\r\nProse here.\r\n\r\nMore prose.\r\n"},
		{"Title\n\nProse here.\n\nFollow Us\n", "Title\n\nProse here.\n"},
		{"Title\n\nProse here.\n\nFollow Us", "Title\n\nProse here."},
		{"date 2024-07-06 Reality TV star Kim spoke.\n", "Reality TV star Kim spoke.\n"},
	}
	ruletest.CheckFixes(t, r, cases)
}

func TestBoilerplateOptions(t *testing.T) {
	b, err := newBoilerplate(boilerplateOptions{
		Disable:  []string{"nav"},
		Patterns: []userPattern{{ID: "podcast", Phrase: "Listen to our podcast"}, {Regex: `^the daily planet, since \d{4}$`, Safe: true}},
	})
	if err != nil {
		t.Fatal(err)
	}
	text := "T\n\nAdvertisement\n\nListen to our podcast!\n\nThe Daily Planet, since 1938\n"
	ds := ruletest.Check(t, b, "a.txt", text, nil)
	if got := ruletest.Flagged(ds, text); len(got) != 2 || got[0] != "Listen to our podcast!" {
		t.Errorf("got %q", got)
	}
	for _, bad := range []boilerplateOptions{
		{Disable: []string{"nope"}},
		{Patterns: []userPattern{{Regex: "("}}},
		{Patterns: []userPattern{{}}},
		{Patterns: []userPattern{{Phrase: "a", Regex: "b"}}},
		{Patterns: []userPattern{{Regex: strings.Repeat("a", 2000)}}},
		{MinFiles: -1},
	} {
		if _, err := newBoilerplate(bad); err == nil {
			t.Errorf("options %+v: want an error", bad)
		}
	}
}

func TestBoilerplateRepeatedAcrossFiles(t *testing.T) {
	b, _ := newBoilerplate(boilerplateOptions{MinFiles: 3})
	var facts []lint.Fact
	texts := []string{
		"Story one\n\nProse.\n\nThe Planet Media Group family of sites\n",
		"Story two\n\nOther prose.\n\nThe Planet Media Group family of sites\n",
		"Story three\n\nMore prose.\n\nThe Planet Media Group family of sites\n",
		"Story four\n\nDifferent prose entirely.\n",
	}
	for i, text := range texts {
		doc := lint.NewDocument("f", []byte(text), false, nil)
		var out []lint.Diagnostic
		facts = append(facts, lint.Fact{File: i, Value: b.Collect(lint.NewPass(doc, nil, "boilerplate", lint.Warning, &out))})
	}
	var got []int
	b.Finish(facts, func(file int, d lint.Diagnostic) {
		got = append(got, file)
		if !strings.HasPrefix(texts[file][d.Start:], "The Planet Media Group") || d.Fixes[0].Safe {
			t.Errorf("file %d: bad diagnostic %+v", file, d)
		}
	})
	if len(got) != 3 {
		t.Errorf("repeated line reported in files %v, want 0 1 2", got)
	}
}

// Context: short lines glued (no blank line between) to furniture are
// furniture too; the same lines standing alone, or glued to prose, are not.
func TestBoilerplateContext(t *testing.T) {
	r := ruletest.Build(t, "boilerplate")
	caption := "The Kardashians: Kim meets Gypsy Rose\n\nBlanchard was released from prison.\nOMR Festival 2024 In Hamburg\nOMR Festival 2024 In Hamburg / Tristar Media/GettyImages\n\nIt seems like they have a common interest, and they met this week.\n\nGypsy Rose Blanchard Kim Kardashian The Kardashians\n\"The Prison Confessions\" Red Carpet Event / Jamie McCarthy/GettyImages\n\nKim made the journey to New Orleans.\n"
	got := ruletest.Flagged(ruletest.Check(t, r, "a.txt", caption, nil), caption)
	sort.Strings(got)
	want := []string{"OMR Festival 2024 In Hamburg", "OMR Festival 2024 In Hamburg / Tristar Media/GettyImages",
		"Gypsy Rose Blanchard Kim Kardashian The Kardashians", "\"The Prison Confessions\" Red Carpet Event / Jamie McCarthy/GettyImages"}
	sort.Strings(want)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("caption block:\n got %q\nwant %q", got, want)
	}

	header := "Kim Kardashian and Gypsy Rose Blanchard Collaborate on Prison Reform\n\nKim is set to meet Gypsy Rose, who reached out for help.\n\n Kim Kardashian and Gypsy Rose Blanchard Collaborate on Prison Reform\nLife Style\n\nKim Kardashian is extending her support to Gypsy Rose Blanchard.\n"
	got = ruletest.Flagged(ruletest.Check(t, r, "a.txt", header, nil), header)
	if len(got) != 2 || got[1] != "Life Style" {
		t.Errorf("repeated title with a section label: got %q", got)
	}

	for _, text := range []string{
		// a repeated title standing alone is article structure
		"The Transformative Power Of Feminist Compliments\n\nBy the way, this is prose.\n\nThe Transformative Power Of Feminist Compliments\n\nWhen I log in, I am prepared.\n",
		// a title glued to a credit line is never pulled in
		"Kim meets Gypsy Rose\nPhoto: Jane Doe/Getty Images\n\nProse follows here, long enough to count.\n",
		// a subheading glued to prose is not furniture
		"A title\n\nThe Road to Recovery\nShe walked for miles every day, she said.\n",
	} {
		ds := ruletest.Check(t, r, "a.txt", text, nil)
		for _, d := range ds {
			if strings.Contains(d.Message, "(context)") {
				t.Errorf("context ruletest.Flagged %q in %q", text[d.Start:d.End], text)
			}
		}
	}
	for _, d := range ruletest.Check(t, r, "a.txt", caption, nil) {
		if strings.Contains(d.Message, "(context)") && d.Fixes[0].Safe {
			t.Errorf("context fixes must be unsafe: %+v", d)
		}
	}
}

// Pager controls are off unless enabled (articles keep a bare "Next" as
// often as pages add one); enabled, they are reported, but only a person
// deletes them.
func TestBoilerplatePagerIsOptInAndUnsafe(t *testing.T) {
	text := "A title\n\nSome prose paragraph that is long enough to be an article.\n\nNext\n\nUp Next\n\nSEE ALL\n\nRelated Articles\n"
	ds := ruletest.Check(t, ruletest.Build(t, "boilerplate"), "a.txt", text, nil)
	if got := ruletest.Flagged(ds, text); len(got) != 1 || !strings.Contains(got[0], "Related Articles") {
		t.Errorf("pager lines ruletest.Flagged by default: %q", got)
	}
	r, err := newBoilerplate(boilerplateOptions{MinFiles: 5, Enable: []string{"nav/pager"}})
	if err != nil {
		t.Fatal(err)
	}
	ds = ruletest.Check(t, r, "a.txt", text, nil)
	if len(ds) != 4 || ds[0].Fixes[0].Safe || ds[2].Fixes[0].Safe || !ds[3].Fixes[0].Safe {
		t.Errorf("want three unsafe pager lines and a safe related-articles line, got %q", ruletest.Flagged(ds, text))
	}
	if _, err := newBoilerplate(boilerplateOptions{Enable: []string{"nav/pagr"}}); err == nil || !strings.Contains(err.Error(), `"nav/pagr"`) {
		t.Errorf("unknown enable ID: err = %v", err)
	}
}

// modelArticle is an article with a byline box under its title, two
// subheadings, a tag line between paragraphs and furniture at its end.
const modelArticle = `Second-Generation Apple Pencil Rumored for March

Juli Clover

Apple may be planning to introduce a second-generation Apple Pencil alongside new iPad models, according to a report shared this morning by a supply chain analyst.

The analyst said the new stylus would feature a refined design, better palm rejection and a magnetic cap, and that production had already begun at two suppliers in Asia.

Design Changes

Tag: Ming-Chi Kuo

The current Apple Pencil was released in 2015 and has not been updated since, although Apple has added support for it to several iPad models over the years.

Price and Availability

Pricing is expected to stay close to the current model, which sells for $99 in the United States, the report said, adding that shipments would begin in the spring.

Related Roundups: iPad, Apple Pencil
`

// The line model reports what no pattern knows, with its probability and
// reasons, and an unsafe fix; subheadings that the article's paragraphs
// follow are not furniture to it.
func TestBoilerplateModel(t *testing.T) {
	// At a low threshold every candidate line is reported with its
	// probability: the byline and the related line rank above the
	// subheadings.
	r, err := newBoilerplate(boilerplateOptions{Threshold: 0.01})
	if err != nil {
		t.Fatal(err)
	}
	prob := map[string]float64{}
	var ds []lint.Diagnostic
	for _, d := range ruletest.Check(t, r, "a.txt", modelArticle, nil) {
		if d.Category == "model" {
			ds = append(ds, d)
			prob[modelArticle[d.Start:d.End]] = d.Confidence
		}
	}
	for _, furniture := range []string{"Juli Clover", "Related Roundups: iPad, Apple Pencil"} {
		for _, heading := range []string{"Design Changes", "Price and Availability"} {
			if !(prob[furniture] > prob[heading]) {
				t.Errorf("%q (%.2f) does not rank above the subheading %q (%.2f)", furniture, prob[furniture], heading, prob[heading])
			}
		}
	}
	if len(ds) == 0 || modelArticle[ds[0].Start:ds[0].End] != "Juli Clover" {
		t.Fatalf("model findings %q, want the byline first", ruletest.Flagged(ds, modelArticle))
	}
	d := ds[0]
	if d.Category != "model" || d.Confidence <= 0 || d.Confidence > 1 || len(d.Reasons) == 0 || d.Fixes[0].Safe {
		t.Errorf("model finding: %+v", d)
	}
	if !strings.Contains(d.Message, "right after the title") || !strings.HasPrefix(d.Message, fmt.Sprintf("boilerplate (%.2f): \"Juli Clover\": ", d.Confidence)) {
		t.Errorf("message does not explain itself: %s", d.Message)
	}
	for i := 1; i < len(d.Reasons); i++ {
		if d.Reasons[i].Contribution > d.Reasons[i-1].Contribution || d.Reasons[i].Contribution <= 0 {
			t.Errorf("reasons not strongest first: %+v", d.Reasons)
		}
	}
	// Off, the model reports nothing.
	off, _ := newBoilerplate(boilerplateOptions{Model: "off"})
	for _, d := range ruletest.Check(t, off, "a.txt", modelArticle, nil) {
		if d.Category == "model" {
			t.Errorf("model off reported %q", modelArticle[d.Start:d.End])
		}
	}
	// The corpus preset finds more than the newsroom one.
	news, _ := furniture.Preset("newsroom")
	corpus, _ := furniture.Preset("corpus")
	if !(0 < corpus && corpus < news && news < 1) {
		t.Errorf("presets: corpus %v, newsroom %v", corpus, news)
	}
	for _, o := range []boilerplateOptions{{Model: "aggressive"}, {Threshold: 1.5}, {Threshold: -0.1}} {
		if _, err := newBoilerplate(o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

// An evidence-only pattern (imprecise on the training pages: tags,
// datelines, photo credits) is reported when the model confirms it, or
// when it is glued to other furniture; standing alone in an article that
// the model does not doubt, it is not. Without an article body to judge
// it against, and with the model off, it is a verdict as before.
func TestBoilerplateEvidenceNeedsConfirmation(t *testing.T) {
	if !furniture.EvidenceOnly("nav/tags") {
		t.Skip("nav/tags is a verdict in this model")
	}
	r := ruletest.Build(t, "boilerplate")
	if got := ruletest.Flagged(ruletest.Check(t, r, "a.txt", modelArticle, nil), modelArticle); slices.Contains(got, "Tag: Ming-Chi Kuo") {
		t.Errorf("unconfirmed evidence reported: %q", got)
	}
	glued := strings.Replace(modelArticle, "Tag: Ming-Chi Kuo\n", "Tag: Ming-Chi Kuo\nTop Stories\n", 1)
	ds := ruletest.Check(t, r, "a.txt", glued, nil)
	var tag *lint.Diagnostic
	for i := range ds {
		if glued[ds[i].Start:ds[i].End] == "Tag: Ming-Chi Kuo" {
			tag = &ds[i]
		}
	}
	if tag == nil || tag.Fixes[0].Safe || !strings.Contains(tag.Message, "glued to other furniture") {
		t.Errorf("evidence glued to furniture: got %q", ruletest.Flagged(ds, glued))
	}
	off, _ := newBoilerplate(boilerplateOptions{Model: "off"})
	if got := ruletest.Flagged(ruletest.Check(t, off, "a.txt", modelArticle, nil), modelArticle); len(got) != 1 || got[0] != "Tag: Ming-Chi Kuo" {
		t.Errorf("model off: got %q", got)
	}
	short := "A title\n\nTag: Ming-Chi Kuo\n"
	if got := ruletest.Flagged(ruletest.Check(t, r, "a.txt", short, nil), short); len(got) != 1 {
		t.Errorf("no article body: got %q", got)
	}
}

// A line found by the file's own pass (a pattern, context, the model) is
// not reported a second time by the run-wide repeated-line check.
func TestBoilerplateOneFindingPerLine(t *testing.T) {
	b, err := newBoilerplate(boilerplateOptions{MinFiles: 3})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, body := range []string{"The council met on Tuesday to vote on the city budget for next year, officials said.",
		"Rain is expected across the whole region this weekend, the weather service said on Friday.",
		"The museum opens a new wing in the spring after three years of building work, it said."} {
		texts = append(texts, "A headline for the story\n\n"+body+"\n\nPhoto: Jane Doe/Getty Images\nThe Planet Media Group\n")
	}
	got := ruletest.RunCorpus(t, b, texts...)
	for i, ds := range got {
		lines := map[int]int{}
		for _, d := range ds {
			lines[strings.Count(texts[i][:d.Start], "\n")]++
		}
		for line, n := range lines {
			if n > 1 {
				t.Errorf("file %d line %d: %d findings", i, line+1, n)
			}
		}
		if lines[5] != 1 {
			t.Errorf("file %d: the glued footer line is not reported once: %v", i, ds)
		}
	}
}

// The post footers and comment headers of common blog software match
// their named patterns, and prose that starts the same way does not.
func TestBoilerplateBlogSoftwarePatterns(t *testing.T) {
	r := ruletest.Build(t, "boilerplate")
	cases := map[string]string{
		"Posted by: David Scott | October 19, 2012 at 01:05 PM": "comments/signature",
		"Posted by roboppy at 2:24 AM":                          "comments/signature",
		"Posted by Jane Doe on September 26, 2012 | Permalink":  "comments/signature",
		"Jamie Cassidy on November 15, 2018 at 10:12 am said:":  "comments/said",
		"Heather says:":               "comments/said",
		"Return to table of contents": "nav/return",
		"Return to Top":               "nav/return",
		"Posted in: Fantasy |":        "nav/posted-in",
		"Register now":                "comments/account",
		"| Printer-friendly page | Send this article to a friend |": "social/print",
	}
	for line, id := range cases {
		text := "A title\n\nSome prose paragraph that is long enough to be an article, and it goes on.\n\n" + line + "\n\nMore prose follows here, as it should in an article.\n"
		ds := ruletest.Check(t, r, "a.txt", text, nil)
		if len(ds) != 1 || !strings.Contains(ds[0].Message, "("+id) {
			t.Errorf("%q: want one finding of %s, got %q", line, id, messages(ds))
		}
	}
	prose := "A title\n\nSome prose paragraph that is long enough to be an article, and it goes on.\n\n" +
		"Posted in 2010, the video was seen by millions of people around the world within a week.\n\n" +
		"Return to the village was not easy for the family after the long war, she said.\n\n" +
		"The teacher says: read every page of the book before you write about it in class.\n"
	if ds := ruletest.Check(t, r, "a.txt", prose, nil); len(ds) > 0 {
		t.Errorf("prose flagged: %q", messages(ds))
	}
}

func messages(ds []lint.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Message)
	}
	return out
}
