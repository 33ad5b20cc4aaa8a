package rules

import (
	"sort"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

func TestBoilerplateCatches(t *testing.T) {
	r := build(t, "boilerplate")
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
		"The Connection Machine, the first computer optimized for AI. Photo: Steve Grohe.",
	}
	for _, l := range lines {
		text := "A title\n\nSome prose paragraph that is long enough to be an article.\n\n" + l + "\n\nMore prose follows here.\n"
		ds := check(t, r, "a.txt", text, nil)
		if len(ds) != 1 || !strings.Contains(l, strings.TrimSpace(text[ds[0].Start:ds[0].End])) {
			t.Errorf("%q: got %q", l, flagged(ds, text))
		}
	}
}

func TestBoilerplateNeverFlags(t *testing.T) {
	r := build(t, "boilerplate")
	wrapped := "A title\n\nThis program is free software; you can redistribute it under the terms published\nby the Free Software Foundation.\n"
	if ds := check(t, r, "a.txt", wrapped, nil); len(ds) > 0 {
		t.Errorf("hard-wrapped prose flagged: %q", flagged(ds, wrapped))
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
	if ds := check(t, r, "a.txt", text, nil); len(ds) > 0 {
		for _, d := range ds {
			t.Errorf("flagged %q (%s)", text[d.Start:d.End], d.Message)
		}
	}
}

func TestBoilerplateFixDeletesLine(t *testing.T) {
	r := build(t, "boilerplate")
	cases := []fixCase{
		{"Title\n\nProse here.\n\nAdvertisement\n\nMore prose.\n", "Title\n\nProse here.\n\nMore prose.\n"},
		{"Title\r\n\r\nProse here.\r\n\r\nAdvertisement\r\n\r\nMore prose.\r\n", "Title\r\n\r\nProse here.\r\n\r\nMore prose.\r\n"},
		{"Title\n\nProse here.\n\nFollow Us\n", "Title\n\nProse here.\n"},
		{"Title\n\nProse here.\n\nFollow Us", "Title\n\nProse here."},
		{"date 2024-07-06 Reality TV star Kim spoke.\n", "Reality TV star Kim spoke.\n"},
	}
	checkFixes(t, r, cases)
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
	ds := check(t, b, "a.txt", text, nil)
	if got := flagged(ds, text); len(got) != 2 || got[0] != "Listen to our podcast!" {
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
	r := build(t, "boilerplate")
	caption := "The Kardashians: Kim meets Gypsy Rose\n\nBlanchard was released from prison.\nOMR Festival 2024 In Hamburg\nOMR Festival 2024 In Hamburg / Tristar Media/GettyImages\n\nIt seems like they have a common interest, and they met this week.\n\nGypsy Rose Blanchard Kim Kardashian The Kardashians\n\"The Prison Confessions\" Red Carpet Event / Jamie McCarthy/GettyImages\n\nKim made the journey to New Orleans.\n"
	got := flagged(check(t, r, "a.txt", caption, nil), caption)
	sort.Strings(got)
	want := []string{"OMR Festival 2024 In Hamburg", "OMR Festival 2024 In Hamburg / Tristar Media/GettyImages",
		"Gypsy Rose Blanchard Kim Kardashian The Kardashians", "\"The Prison Confessions\" Red Carpet Event / Jamie McCarthy/GettyImages"}
	sort.Strings(want)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("caption block:\n got %q\nwant %q", got, want)
	}

	header := "Kim Kardashian and Gypsy Rose Blanchard Collaborate on Prison Reform\n\nKim is set to meet Gypsy Rose, who reached out for help.\n\n Kim Kardashian and Gypsy Rose Blanchard Collaborate on Prison Reform\nLife Style\n\nKim Kardashian is extending her support to Gypsy Rose Blanchard.\n"
	got = flagged(check(t, r, "a.txt", header, nil), header)
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
		ds := check(t, r, "a.txt", text, nil)
		for _, d := range ds {
			if strings.Contains(d.Message, "(context)") {
				t.Errorf("context flagged %q in %q", text[d.Start:d.End], text)
			}
		}
	}
	for _, d := range check(t, r, "a.txt", caption, nil) {
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
	ds := check(t, build(t, "boilerplate"), "a.txt", text, nil)
	if got := flagged(ds, text); len(got) != 1 || !strings.Contains(got[0], "Related Articles") {
		t.Errorf("pager lines flagged by default: %q", got)
	}
	r, err := newBoilerplate(boilerplateOptions{MinFiles: 5, Enable: []string{"nav/pager"}})
	if err != nil {
		t.Fatal(err)
	}
	ds = check(t, r, "a.txt", text, nil)
	if len(ds) != 4 || ds[0].Fixes[0].Safe || ds[2].Fixes[0].Safe || !ds[3].Fixes[0].Safe {
		t.Errorf("want three unsafe pager lines and a safe related-articles line, got %q", flagged(ds, text))
	}
	if _, err := newBoilerplate(boilerplateOptions{Enable: []string{"nav/pagr"}}); err == nil || !strings.Contains(err.Error(), `"nav/pagr"`) {
		t.Errorf("unknown enable ID: err = %v", err)
	}
}

// A short title-case label after the article's last sentence is the
// byline box, section label or next-article link of the page.
func TestBoilerplateTrailingLabel(t *testing.T) {
	r := build(t, "boilerplate")
	body := "A title\n\nThe trial is scheduled to begin Jan. 17, the court said on Monday.\n\n"
	for _, label := range []string{"Rebecca Hersher", "Meet the Press", "Office of the Press Secretary", "Tech Guide"} {
		text := body + label + "\n"
		ds := check(t, r, "a.txt", text, nil)
		if got := flagged(ds, text); len(got) != 1 || got[0] != label || ds[0].Fixes[0].Safe {
			t.Errorf("%q: got %q", label, got)
		}
	}
	for _, text := range []string{
		body + "The End\n",                                       // the story's own end
		body + "THE ROAD AHEAD\n",                                // capitals: a kicker
		body + "Show less\n",                                     // not title case
		body + "Top 10 Picks\n",                                  // digits
		body + "He left, and that was that\n",                    // a sentence without its period
		body + "Reporting by Jane Doe; Editing by John Smith\n",  // a wire credit
		"A title\n\nThe trial begins Monday.\nRebecca Hersher\n", // glued to the paragraph: a signature
		"A title\n\nSome heading\n\nMeet the Press\n",            // no sentence above
		body + "Rebecca Hersher\n\nShe covers science.\n",        // not the last line
	} {
		if ds := check(t, r, "a.txt", text, nil); len(ds) > 0 {
			t.Errorf("flagged %q in %q", flagged(ds, text), text)
		}
	}
}

// A title-case label glued to the headline is page header residue; a
// subtitle, a date line, a Markdown heading's paragraph are not.
func TestBoilerplateTitleGluedLabel(t *testing.T) {
	r := build(t, "boilerplate")
	text := "Breaking: Houston hires Major Applewhite as head coach\nTimer List\n\nHouston has promoted its offensive coordinator.\n"
	if got := flagged(check(t, r, "a.txt", text, nil), text); len(got) != 1 || got[0] != "Timer List" {
		t.Errorf("got %q, want [Timer List]", got)
	}
	for _, text := range []string{
		"GCC 12 Release Series\nChanges, New Features, and Fixes\n\nThis page is a list of changes.\n",
		"Houston hires Major Applewhite as coach\nBy Jane Doe, March 3\n\nHouston promoted him.\n",
		"# Houston hires Major Applewhite as coach\nRead The Docs\n\nHouston promoted him.\n",
		"Houston Hires\nTimer List\n\nHouston promoted him.\n", // a two-word first line is no headline
		"Houston hires Major Applewhite as coach\n\nTimer List\n\nHouston promoted him.\n",
	} {
		for _, d := range check(t, r, "a.txt", text, nil) {
			if strings.Contains(d.Message, "glued to the title") {
				t.Errorf("flagged %q in %q", text[d.Start:d.End], text)
			}
		}
	}
}

// A person's name standing alone between the headline and the first
// paragraph is the page's byline box.
func TestBoilerplateHeaderByline(t *testing.T) {
	r := build(t, "boilerplate")
	text := "Second-Generation Apple Pencil Rumored for March\n\nJuli Clover\n\nApple may be planning to introduce a second-generation Apple Pencil, says a report.\n"
	ds := check(t, r, "a.txt", text, nil)
	if got := flagged(ds, text); len(got) != 1 || got[0] != "Juli Clover" || ds[0].Fixes[0].Safe {
		t.Errorf("got %q, want [Juli Clover] with an unsafe fix", got)
	}
	for _, text := range []string{
		"Python Authors List Of Contributors\n\nAakanksha Agrawal\nAbhinav Sagar\n\nThanks to everyone who has contributed to the project.\n",
		"Second-Generation Apple Pencil Rumored for March\n\nApple may be planning to introduce a new pencil, says a report.\n\nJuli Clover\n\nMore prose follows.\n",
		"Second-Generation Apple Pencil Rumored for March\n\nTech Guide\n\nApple may be planning to introduce a new pencil, says a report.\n",
	} {
		for _, d := range check(t, r, "a.txt", text, nil) {
			if strings.Contains(d.Message, "byline") {
				t.Errorf("flagged %q in %q", text[d.Start:d.End], text)
			}
		}
	}
}
