package missingspace

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/ruletest"
	"github.com/stylelint-dev/stylelint/internal/textscan"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

func TestMissingSpaceCatches(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	cases := []ruletest.FixCase{
		// case joins
		{"Kim wants the best forGypsy Rose and Gypsy agreed.", "Kim wants the best for Gypsy Rose and Gypsy agreed."},
		{"She told her grandmotherAlice about it. Alice smiled.", "She told her grandmother Alice about it. Alice smiled."},
		{"Sign up forPEOPLE's newsletter.", "Sign up for PEOPLE's newsletter."},
		{"The deal withBoeing fell through.", "The deal with Boeing fell through."},
		{"Meet aBlister reviewer.", "Meet a Blister reviewer."},
		{"They met PresidentDonald Trump. The President and Donald spoke.", "They met President Donald Trump. The President and Donald spoke."},
		// a lowercase function word glued to an acronym or an initial, even
		// one that spells a common word (us, it)
		{"We met at the office and talked about theUS economy and the market, andLG said so onIT news.", "We met at the office and talked about the US economy and the market, and LG said so on IT news."},
		// lowercase joins
		{"Gypsy was subjected tounnecessary medical treatmentsand pills.", "Gypsy was subjected to unnecessary medical treatments and pills."},
		{"Read the newsletterto stay informed.", "Read the newsletter to stay informed."},
		{"He addedthat it was supposedto work.", "He added that it was supposed to work."},
		{"She made astatement today.", "She made a statement today."},
		// punctuation joins
		{"Her then-boyfriend,Nick Godejohn, was charged.", "Her then-boyfriend, Nick Godejohn, was charged."},
		{"It ended after two seasons.Applewhite's show was next.", "It ended after two seasons. Applewhite's show was next."},
		{"That was in 2015.The next year was worse.", "That was in 2015. The next year was worse."},
		{"He said:“We will win.”", "He said: “We will win.”"},
		{"Who knew?Nobody did.", "Who knew? Nobody did."},
		// contractions
		{"I mean, it’smore than that.", "I mean, it’s more than that."},
		// a possessive or contraction, then a word: after any word, and at a capital
		{"Its 2010'sdevastating flood came.", "Its 2010's devastating flood came."},
		{"North Dakota'sDepartment of Health and Jim'sSEO team, you’reAwesome.", "North Dakota's Department of Health and Jim's SEO team, you’re Awesome."},
		// a month glued to its year
		{"It opened in May2014 and closed in Sept2019.", "It opened in May 2014 and closed in Sept 2019."},
		// a name followed by a word, where the name stands alone elsewhere
		{"Trump spoke. Later Trumptweeted again, and Trump left.", "Trump spoke. Later Trump tweeted again, and Trump left."},
		{"Donald Trumpdeclared himself an opponent, Trump said.", "Donald Trump declared himself an opponent, Trump said."},
		// a capitalised word and a past tense or a clause word
		{"The Chicago Tribunepublished an interview.", "The Chicago Tribune published an interview."},
		{"The person he trusted at the Guardianwas gone.", "The person he trusted at the Guardian was gone."},
		{"He told the New York Timesthat he would not vote.", "He told the New York Times that he would not vote."},
		// an inflected word before a capitalised one
		{"Sony wantedBewitched on air.", "Sony wanted Bewitched on air."},
		{"The former and incomingEnergy Secretary met.", "The former and incoming Energy Secretary met."},
		// an article after a verb
		{"To keep it from readinga long report.", "To keep it from reading a long report."},
		{"The show was doingCabaret and Sony ownsGame of Thrones.", "The show was doing Cabaret and Sony owns Game of Thrones."},
		// a heading glued to the next sentence's first word, a function
		// word that ends no brand or name
		{"The Staff HandbookFor new staff, read this first.", "The Staff Handbook For new staff, read this first."},
		// a word before a weekday
		{"It ran in the Washington PostThursday morning.", "It ran in the Washington Post Thursday morning."},
		{"It also needed a yearon the project.", "It also needed a year on the project."},
		// punctuation before numbers, acronyms and brands
		{"It made $10 billion in 2016,per Forbes.", "It made $10 billion in 2016, per Forbes."},
		{"It obeys the command.BMW and Genesis cars do not.", "It obeys the command. BMW and Genesis cars do not."},
		{"It supports RedShift,MySQL and Oracle.", "It supports RedShift, MySQL and Oracle."},
		{"Related Roundup:iPad Pro", "Related Roundup: iPad Pro"},
		// the article A and the pronoun I start a sentence after a colon, as a capitalised word does
		{"Languages:A few speak it. Reply:I agree.", "Languages: A few speak it. Reply: I agree."},
		// the article a after a comma (not a list of letters: a,b,c)
		{"Intellia,a biotech firm, listed a,b,c options.", "Intellia, a biotech firm, listed a,b,c options."},
		// an acronym the article writes alone, glued to a particle (in, on)
		{"The ILO met. Staff at ILOin Geneva agreed; press LOGin to start.", "The ILO met. Staff at ILO in Geneva agreed; press LOGin to start."},
		// an interview's question and answer labels
		{"Q:What did you see? A:The river.", "Q: What did you see? A: The river."},
		// a closing quote glued to a common word (an opening one is left)
		{`Some call it "live"theory, not a so-called"expert" view.`, `Some call it "live" theory, not a so-called"expert" view.`},
		{"It was a “frictionless”occupation.", "It was a “frictionless” occupation."},
		// mixed-case names, parentheses
		{"Apple unveiled theiPhone 15 Pro.", "Apple unveiled the iPhone 15 Pro."},
		{"Leonardo DiCaprioand Lily Gladstone star.", "Leonardo DiCaprio and Lily Gladstone star."},
		{"Sen. Warren (D-Mass.)and Rep. McCarthy spoke.", "Sen. Warren (D-Mass.) and Rep. McCarthy spoke."},
		{"The storypublished on Monday was long.", "The story published on Monday was long."},
		{"Again, MLBis a $10 billion industry.", "Again, MLB is a $10 billion industry."},
		{"ViaCNN and Fox News.", "Via CNN and Fox News."},
		// a preposition after a name of the lexicon or one the text uses alone twice
		{"Stern said so. Stern laughed. I have loved Howard Sternin a way.", "Stern said so. Stern laughed. I have loved Howard Stern in a way."},
		{"Both Avenue A and Avenue B flooded, and Avenuein Crown Heights too.", "Both Avenue A and Avenue B flooded, and Avenue in Crown Heights too."},
		// punctuation after a parenthesis; a contraction after a comma
		{"Cited by The New York Times (2),NBC News (2), and others.", "Cited by The New York Times (2), NBC News (2), and others."},
		{"No posts (on the timeline):Instagram has them.", "No posts (on the timeline): Instagram has them."},
		{"11 inch (Don't Buy),12.9 inch (Buy)", "11 inch (Don't Buy), 12.9 inch (Buy)"},
		{"On some days of The Flash,we’re making a family show.", "On some days of The Flash, we’re making a family show."},
		{"The styling tip:This is the one. We read the report:The end.", "The styling tip: This is the one. We read the report: The end."},
		{"It started in 2006.we were young then.", "It started in 2006. we were young then."},
		// a word glued to the pronoun of a contraction, or to a negated auxiliary
		{"I think itisn’t bad, and Volkswagen said Volkswagendidn't lie.", "I think it isn’t bad, and Volkswagen said Volkswagen didn't lie."},
		{"It isn’tterrible at all.", "It isn’t terrible at all."},
		{"Butwe’ve talked about it enough.", "But we’ve talked about it enough."},
		{"It sells merchandisethat’s hard to find.", "It sells merchandise that’s hard to find."},
		// a function word and a code name; a word after a link's domain
		{"A remix ofM83 and theG7 summit.", "A remix of M83 and the G7 summit."},
		{"Write to adkins@forward.comor call.", "Write to adkins@forward.com or call."},
		// a clause word no name ends in, after an unknown head
		{"The book Moneyballwas a hit.", "The book Moneyball was a hit."},
		// a name of the lexicon before to; a dropped first letter is no typo
		{"Celebs from Walt Disneyto Leonardo DiCaprio.", "Celebs from Walt Disney to Leonardo DiCaprio."},
		{"He said it andmade a plan.", "He said it and made a plan."},
		// a two-part name without its space (name-consistency leaves it to this rule)
		// a year's possessive before a capitalised word; a capitalised word before "The"
		{"Their sound continued on 2016'sCompassion.", "Their sound continued on 2016's Compassion."},
		{"I remember calling BrooksThe next day.", "I remember calling Brooks The next day."},
		// an unlisted mixed-case name before a word that ends no name
		{"Shares rose after SoftBankearlier this month said so.", "Shares rose after SoftBank earlier this month said so."},
		{"Patricia O'Gorman, PhDin an interview.", "Patricia O'Gorman, PhD in an interview."},
		// a word glued to the link that follows it
		{"Everyone should visitJoiningForces.gov to help.", "Everyone should visit JoiningForces.gov to help."},
		{"Data can be viewed atSteamPowered.com.", "Data can be viewed at SteamPowered.com."},
		// second joins inside one token: a number, a possessive's acronym, a parenthesis, a name
		{"The numbers are28,25,140and1,97,666 in total.", "The numbers are 28,25,140 and 1,97,666 in total."},
		// a mixed-case name the article writes alone (or its last part), glued to a common word
		{"SoftBank bid. Shares of SoftBankworth less.", "SoftBank bid. Shares of SoftBank worth less."},
		{"Zelensky spoke. President VolodymyrZelenskyand the army.", "Zelensky spoke. President VolodymyrZelensky and the army."},
		// the article a glued to a number; a number glued to a name the article writes alone
		{"It took a2:43 run and a20mm lens.", "It took a 2:43 run and a 20mm lens."},
		{"Airbus said so. It ordered 50Airbus jets.", "Airbus said so. It ordered 50 Airbus jets."},
		// a label glued to its figure
		{"Prep Time:15 minutes. Servings:12", "Prep Time: 15 minutes. Servings: 12"},
		// a function word glued to the names on both sides
		{"Matt Cutts said so. Cutts spoke onNovember 3. Later CuttsonNovember 4 he left.", "Matt Cutts said so. Cutts spoke on November 3. Later Cutts on November 4 he left."},
		// a date glued to the word before it (and a function word glued to a
		// word no list knows); a listed name before a date keeps its ending
		{"By Heather SolosonOctober 22, 2012.", "By Heather Solos on October 22, 2012."},
		{"It rained OnAugust 3 and dried SinceMay 2012 at last.", "It rained On August 3 and dried Since May 2012 at last."},
		{"By Ann JohnsonOctober 5th, 2011.", "By Ann Johnson October 5th, 2011."},
		// a sentence glued to the next after a word no lexicon lists but the
		// frequency list knows (a short unknown token is a package: io.Writer)
		{"It was about financialisation.It grew, as io.Writer did.", "It was about financialisation. It grew, as io.Writer did."},
		// a straight quote that closes a quotation (an odd number of them
		// before it on the line), glued to the next word
		{`He said "it was noise."We heard it.`, `He said "it was noise." We heard it.`},
		{`"It was his intent,"said the man.`, `"It was his intent," said the man.`},
		// (an opening one is left: the space may go before it or after it)
		{`He left."We stayed.`, `He left."We stayed.`},
		// one digit ends a sentence or numbers a list item (but 3.5, Fig. 3.A stay)
		{"It spun in Week 9.Isaac ran. It rose 3.5 points, see Fig. 3.A now.", "It spun in Week 9. Isaac ran. It rose 3.5 points, see Fig. 3.A now."},
		// a function word after a comma, whatever the word before (not a
		// particle, nor a list of letters)
		{"They use WebRTC,which is new. The list x,y,z and a,b,in stays.", "They use WebRTC, which is new. The list x,y,z and a,b,in stays."},
		// a chain whose first words may be one (a compound or a rare word):
		// the function word glued to its end is still cut
		{"In fact, it was his strideratethat was the difference.", "In fact, it was his striderate that was the difference."},
		// the pronoun I glued to the word before, alone or with a clitic
		{"I think soI will. It was the subjectI’ve studied. CoverageI hope.", "I think so I will. It was the subject I’ve studied. Coverage I hope."},
		// (not after a capitalised word of two letters, an initialism: GoI)
		{"GoI said so.", "GoI said so."},
		// a lowercase label after a determiner is no name with a colon (the Next:Economy is)
		{"They outscored the preseason:Calvin Johnson and the rest.", "They outscored the preseason: Calvin Johnson and the rest."},
		// (or a function word of two letters)
		{"Mix it all. 2.In a pan, melt it.", "Mix it all. 2. In a pan, melt it."},
		// three words across a change of case, one side no word: each
		// boundary judged by its own model
		{"The report said that JohnstoninComics wrote it.", "The report said that Johnston in Comics wrote it."},
		{"The report said that StreetandMagic won the war.", "The report said that Street and Magic won the war."},
		// the pronoun I glued to a function word after it (not a name: Ione)
		{"The war ended. Then Iwas home, and Ione was too.", "The war ended. Then I was home, and Ione was too."},
		// (a determiner starts a sentence; a domain's name ends one)
		{"We did it.My friend left the site.Com staff stayed.", "We did it. My friend left the site.Com staff stayed."},
		// a list item's number and a colon, glued to its text (not a year, nor a time)
		{"Tip 3:How to cook. In 2014:Markets fell at 10:30.", "Tip 3: How to cook. In 2014:Markets fell at 10:30."},
		// an acronym the article writes alone, glued to a word
		{"KQED reported it. Then KQEDexplains the news.", "KQED reported it. Then KQED explains the news."},
		// (an acronym glued to a content word the article never writes alone is left: SYNCplatform)
		{"The company’sSYNCplatform works.", "The company’s SYNCplatform works."},
		// (a function word after a closing parenthesis is left alone: (AAL)and)
		{"Shares of American (AAL)andUnited rose.", "Shares of American (AAL)and United rose."},
		{"She toldMashablethe news. Mashable said so.", "She told Mashable the news. Mashable said so."},
		// a word glued to an address whose local part is a name the text uses
		{"Laura Adkins edits. Contact her atadkins@forward.com today.", "Laura Adkins edits. Contact her at adkins@forward.com today."},
		// a word glued to the first word of a title
		{"It came from the Swedish imprintSincerely Yours last year.", "It came from the Swedish imprint Sincerely Yours last year."},
		// a long common word and a function word end an unknown capitalised token
		// a word after a call's parentheses; a link after a parenthesis and a colon
		{"We hooked the unlink()function and skipped it.", "We hooked the unlink() function and skipped it."},
		{"No posts (on the timeline):Instagram.com/WhiteHouse has them.", "No posts (on the timeline): Instagram.com/WhiteHouse has them."},
	}
	ruletest.CheckFixes(t, r, cases)
}

func TestMissingSpaceOneDiagnosticPerSpace(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	text := "It was tounnecessaryand slow."
	ds := ruletest.Check(t, r, "a.txt", text, nil)
	if got := ruletest.Flagged(ds, text); len(got) != 2 || got[0] != "tounnecessary" || got[1] != "unnecessaryand" {
		t.Fatalf("ruletest.Flagged %q, want [tounnecessary unnecessaryand]", got)
	}
	for _, d := range ds {
		f := d.FirstFix()
		if f == nil || len(f.Edits) != 1 || f.Edits[0].New != " " || f.Edits[0].Start != f.Edits[0].End {
			t.Errorf("fix %+v is not a single space insertion", f)
		}
	}
}

// A text that shows code (calls, names with underscores) writes its
// identifiers in camel case: there a lowercase word humped by a capital is
// one, unless a function word is glued to a name the text writes alone.
// The same words in prose are joins.
func TestMissingSpaceCodeDensity(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	code := "Call fetchData() first, then set max_retries. Set withCredentials before you send it, " +
		"read supportsColor and the reducedDebugInfo flag. Gypsy Rose wrote the docs, a guide forGypsy fans."
	if got := ruletest.Flagged(ruletest.Check(t, r, "a.txt", code, nil), code); len(got) != 1 || got[0] != "forGypsy" {
		t.Errorf("a text with code: got %q, want only forGypsy", got)
	}
	prose := "We went out that night. She spoke withCredentials of her own."
	if got := ruletest.Flagged(ruletest.Check(t, r, "b.txt", prose, nil), prose); len(got) != 1 || got[0] != "withCredentials" {
		t.Errorf("prose: got %q, want withCredentials", got)
	}
}

func TestMissingSpaceNeverFlags(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	texts := []string{
		"Apple sells the iPhone on eBay and YouTube, and McDonald and MacArthur met LeBron.",
		"DeSantis and DiCaprio played PlayStation; JavaScript and WhatsApp; SpaceX and GoPro.",
		"She has a PhD. McKinsey hired three CEOs and bought URLs.",
		"He went into the house, onto the roof, another day; nevertheless, whatsoever, cannot.",
		"COVID19 spread; the MP3 and 5G rollout; the 1990s; 10am; a 4th try.",
		"Kim Kardashian met Nick Godejohn and Volodymyr Zelensky.",
		"The U.S. and e.g. Ph.D. holders like J.K. Rowling.",
		"It costs 3.5 dollars at 10:30, hitting .342/.370/.567 with a 3-1 score.",
		"Visit https://example.com/a.b or www.people.com or people.com, write to a@b.org.",
		"Follow @MrsBarnesII and #MeToo; read report.pdf and main.go.",
		"Wait... what? He paused… then left.",
		"Mr. Smith met Dr. Jones at 5 p.m. on Jan. 3.",
		"Weis and Atwater and Beachy and Newsome and Hersher are surnames.",
		"drawBorder is a method name.",
		// a file name the text writes again (as a link's text and destination)
		"Open nestedCommands.js first, then edit nestedCommands.js again.",
		// an identifier's verb and a capitalised common noun stay (not a
		// function word glued to an acronym)
		"Then loadUS and MyIT and setIT run.",
		// no sentence ends in a determiner, none starts with a generic
		// top-level domain, and a comma typed for an apostrophe lost no space
		"Read My.Yahoo, shop at Buy.Com and CaliGirl.Net; they,ll see.",
		// a mixed-case name or an acronym glued to a word, never written alone in the text
		"Shares of SoftBankworth fell, and KQEDexplains nothing.",
		// a rarer real word (SCOWL) that splits into a chain of words (tour|is|try)
		"Crying, touristry to the Third World.",
		// a name that ends in a function word, glued to a name
		"Robins sang, and the RobinsonCrusoe tale and JohnsonMatthey shares.",
		// a brand that starts with a number; a hex digest; paper sizes
		"Use 1Password and the 4Motion drive; commit a3f9e2 on A4 paper; the a14 of his product.",
		// an apostrophe inside a name or a word, not a clitic's
		"O'Shea and D'Angelo met L'Oréal, Vana'diel and the don'ts; O’Sullivan’s team.",
		// surnames that end in a word: never cut before more, is, on, by
		"Photo: Skidmore/Flickr. Fallis said it. Kirby and Goodman agreed; Martin and Hardin left. Appleby came.",
		// an authors list: names that end in a word, a name in lowercase
		"Alex Gaynor, Mike Connor, Jan Wienand, bob robinson.",
		// technical prose: qualified names, CamelCase identifiers, brands
		"Pass an io.Writer and a cli.Context; see token.Pos and token.Pos again.",
		"Call PathMatchUnvalidated. The SuggestedFix has fixes: a SuggestedFix, a SuggestedFix, a SuggestedFix.",
		"Links to youtube and openSUSE work.",
		"Make builds it. Make runs it. Makefiles: Type is a word. Type again.",
		"Speedup | 1.8so far | 1.5at most",
		// names that end in a preposition: Bretton (Brett), Davison (Davis), Thinkin'
		"Brett left for Bretton Woods. Davis met Davison; Davis and Davis again. Think, think: Thinkin' about it.",
		"Ellison sold it; Jameson bought it.",
		"Arthur Ashe’s legacy, Yonit’s show and the summit’s peak.",
		"The iOS17 update, a B12 cell, inX1; see site.commit and file.comm.",
		"Pierre-Olivier Gourinchas, Jonathan Goethe, Kirby, Hornsby and Duncan spoke.",
		// found in changelogs and licences: brands, names and words that
		// start with an article or a particle, hashes, paths, code prefixes
		"VMware and PCMan; Andries and Annote; work-arounds; aa; Fixup. Fix it. Fix that. Backported.",
		"Back then it was hard. Back home, Backported patches landed.",
		"TheStreet and TheWrap reported it; so did TheBlaze. YouTubers, PlayStations and McDonaldland. LinkedIn, McKinnon, DeAndre.",
		"Merged f85661c3bca97faa72431df92a3867be39a74e23 and be1745c8eb00 for or1k.",
		"Copyleft by Lichtenheld, Carolin and Karolin; packit’s config; see .note.GNU-stack and libXcursor.",
		// a name with a colon inside a noun phrase is no label and value
		"For more on the Next:Economy, see my page; a Star:Wars fan.",
		// nouns in -tion, -ment, -ness do ruletest.Build closed compounds (State of the Union addresses)
		"The governmentwide decisionmaking by businessowners rose proportionably despite dissentions.",
		// plurals of listed words the lexicon lacks the plural of
		"Their usurpations and exportations, the documentations and formatters, cabalistics and provincialisms.",
		// short tokens whose first piece is no function word; -sby names; San|to; HTML entities
		"A modus vivendi, goto and errno; Santo Domingo and San Juan, San Jose; Scoresby and Grimsby wrote &quot;to all&quot;.",
		// addresses made of initials and a surname the text uses
		"Author: Anderson Sasaki <ansasaki@redhat.com>\n2016-10-21  Hartmut Penner  hepenner@us.ibm.com; Penner wrote atkins@example.org.",
		// code names of a word and a participle; names ending in -in, -on
		"List changed. The ListChanged event fires; Disable it with DisableForwarding. Antonin, Bretton and Carolin came.",
		// prefixes and compound heads; the linking s before -men; inflections the lexicon lacks
		"The undertaxed antimonopoly men transcode an underrun; halfspent whalesmen and spoilsmen, cymballed and transfixedly.",
		"Unappalled, they wrote of wellbeing in Multithreaded code.",
		// calls followed by code, not words; a colon after a parenthesis in code
		"Call f()() or unlink()xyz or g().then, an mmap()able file; a):b is code.",
		"Asher, Onan, Ivan, Iman, Isabel, Avery and Ian met in Ohio. Apolo Ohno and Ohtani.",
		"Serve on localhost:8080; read Luke 2:7 and Chapter 3:16. Version 1.2006.the build; pi is 3.1415.it says.",
		"Dimitri Andriotis and Maria Andriotis met. Andriotis said so.",
		// closed compounds the word list lacks, even when both halves recur
		"The floor was wide and the space was huge, so floorspace mattered. Fire him? It was fireable.",
		"There was pushback. Push came to shove, and back they went. The takedown was quick.",
		"Built with ASP.NET, Node.JS and VB.NET; see U.S.Army files.",
		// a word the text also uses as a handle, a URL path or a file name
		"Twitter: @WhiteHouse and Facebook.com/MichelleObama. Snapchat: WhiteHouse. Instagram: MichelleObama",
		"AndroidManifest.xml is a binary file. Figure 3: the AndroidManifest SMS filter.",
		"Write to info@Example.com or see iOS.Example.com and macOS.Apple.com.",
		// an unknown word that splits only into a chain of short and rare
		// words is one word
		"They gave isoproterenol, dopamine or dobutamine and diuretics to wealthy dillitantes.",
		// a word of the frequency list is never cut into a chain of short
		// words by the segmentation (valid|at|or, hypo|the|cation)
		"Run the validator before the hypothecation of the bonds is signed.",
		// a member access of code, and the member the article then names
		"Set xhr.withCredentials = true first. Then withCredentials sends the cookies; call this.setState too.",
		// a month and a number that is no year; a month inside a longer token
		"Order May123 or Marc2014; see Mar2014x.",
		// rarer real words SCOWL lists (lexicon.Rare), in a sentence and
		// in an article
		"The wages were withholden by the workwomen of the mill, and they would intrench themselves.",
		strings.Repeat("The council met on Monday to discuss the budget for the coming year. ", 16) +
			"\n\nThe wages were withholden by the workwomen of the mill, and they would intrench themselves.",
		// a form the article writes three times is its own term
		"MOVEit was breached. The MOVEit flaw spread, and MOVEit users patched.",
		// a capitalised particle or a function word that is also a name
		// ends brands (not HandbookFor)
		"Tap SignUp or LogIn, then open the FocusWill app; SinceMay is a band.",
		// a call with a domain in its argument; a key's fingerprint
		"checkPublicSuffix('test.ac.jp', 'test.ac.jp');\n",
		"The key A0:8B:DF:3B:AA:EE:3F:9D:64:6C:47:81 is trusted.",
	}
	ruletest.CheckClean(t, r, "a.txt", texts)
}

// A word glued to a link's scheme, and a sentence glued after a closing
// parenthesis.
func TestMissingSpaceSchemeAndParenthesis(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	ruletest.CheckFixes(t, r, []ruletest.FixCase{
		{"For more, visithttp://example.com/news today.", "For more, visit http://example.com/news today."},
		{"It may be found atwww.example.org now.", "It may be found at www.example.org now."},
		{"The rules are online (seehttp://example.com/rules) and oldwww.example.org too.", "The rules are online (see http://example.com/rules) and old www.example.org too."},
		{"See the archives:https://example.org/a for more.", "See the archives: https://example.org/a for more."},
		{"It was run by the center (NECC).The FDA agreed.", "It was run by the center (NECC). The FDA agreed."},
	})
	ruletest.CheckClean(t, r, "a.txt", []string{
		"Use http://example.com or https://www.example.org, and mailto:a@b.org.",
		"Call f(x).Then g(y) runs; see (a).b in the code.",
	})
}

// In an article (treesFrom words or more) the trees weigh the article's
// own evidence: joins a short text gives the logistic models too little
// of (the article uses "the", "told", "earlier" on their own) are found.
func TestMissingSpaceJoinsInAnArticle(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	filler := strings.Repeat("The council met on Monday to discuss the budget for the coming year. ", 16)
	for _, c := range []struct{ text, want string }{
		{"They set out ona long journey.", "ona"},
		{"It was the biggestdebut ever.", "biggestdebut"},
		{"Peskov spoke. Later Peskovtold reporters.", "Peskovtold"},
		{"It shipped via droneearlier this month.", "droneearlier"},
		{"The groupsent a letter.", "groupsent"},
		{"They walked over the hill and overthe bridge.", "overthe"},
		{"It was inthe house, the best ofthe year.", "inthe ofthe"},
	} {
		text := filler + "\n\n" + c.text + "\n"
		got := strings.Join(ruletest.Flagged(ruletest.Check(t, r, "a.txt", text, nil), text), " ")
		if got != c.want {
			t.Errorf("%q in an article: flagged %q, want %q", c.text, got, c.want)
		}
	}
}

// Two steps find the space after a year's possessive before a
// capitalised word (the possessive step and the change of case): one
// finding, shown with the words on both sides.
func TestMissingSpaceOneFindingPerPlace(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	text := "Their sound continued on 2016'sZorblatt and 2019'sQuintarro."
	if got := strings.Join(ruletest.Flagged(ruletest.Check(t, r, "a.txt", text, nil), text), " "); got != "2016'sZorblatt 2019'sQuintarro" {
		t.Errorf("flagged %q, want %q", got, "2016'sZorblatt 2019'sQuintarro")
	}
}

// A month glued to the word before it is a date only when a day or a
// year follows; a short name (LeMay) and a word the article writes twice
// (a brand, ThinkJune) are left.
func TestMissingSpaceDateAfterWord(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	for text, want := range map[string]string{
		"It was SinceMay 2012, he said.":           "SinceMay@7",
		"It was SinceMay, he said.":                "",
		"General LeMay 1965 flew. LeMar 5 ran.":    "",
		"At ThinkJune we met. ThinkJune 2014 ran.": "",
		"The event ran OnAugust 3rd, or so.":       "OnAugust@14",
		"The event ran OnAugust 0.5 percent.":      "",
	} {
		var got []string
		for _, d := range ruletest.Check(t, r, "a.txt", text, nil) {
			got = append(got, fmt.Sprintf("%s@%d", text[d.Start:d.End], d.Start))
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%q: flagged %q, want %q", text, strings.Join(got, " "), want)
		}
	}
}

// A finding's span is the words on either side of its space: not the
// next item of a list glued by commas, nor the comma after them.
func TestMissingSpaceSpanStopsAtListComma(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	text := "Share it on Facebook,Twitter,Google and visit herwebsite,blog,shop now."
	flagged := ruletest.Flagged(ruletest.Check(t, r, "a.txt", text, nil), text)
	slices.Sort(flagged)
	if got, want := strings.Join(flagged, " "), "Facebook,Twitter Twitter,Google blog,shop herwebsite"; got != want {
		t.Errorf("flagged %q, want %q", got, want)
	}
}

// A month's full name is one no other month word extends: the
// abbreviations (which may end a name) are not.
func TestFullMonths(t *testing.T) {
	for m, want := range map[string]bool{"may": true, "october": true, "june": true, "oct": false, "sept": false, "mar": false, "jun": false} {
		if fullMonths[m] != want {
			t.Errorf("fullMonths[%q] = %v, want %v", m, fullMonths[m], want)
		}
	}
}

// A chain of common words is still split at each lost space.
func TestMissingSpaceChains(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	ruletest.CheckFixes(t, r, []ruletest.FixCase{
		{"The suspect wasarrestedin May.", "The suspect was arrested in May."},
		{"That isnotthe point.", "That is not the point."},
	})
}

// Comma joins an article makes by habit (six or more, more than its other
// joins) are its own; fewer, or on a page damaged all over, are reported.
func TestMissingSpaceCommaHabit(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	places := []string{"Ranch", "Grove", "Beach", "Oaks", "Mirage", "Toro", "Vista", "Hills", "Creek", "Falls", "Point", "Harbor", "Springs"}
	offices := func(n int) string {
		var parts []string
		for _, p := range places[:n] {
			parts = append(parts, p+",CA")
		}
		return "Offices: " + strings.Join(parts, " and ") + ".\n"
	}
	habit := fittedParams.CommaHabit
	if habit < 2 || habit > len(places) {
		t.Fatalf("CommaHabit %d outside what this test can write", habit)
	}
	list := offices(habit)
	if ds := ruletest.Check(t, r, "a.txt", list, nil); len(ds) != 0 {
		t.Errorf("a habit (%d): %q", habit, ruletest.Flagged(ds, list))
	}
	fewer := offices(habit - 1)
	if ds := ruletest.Check(t, r, "a.txt", fewer, nil); len(ds) != habit-1 {
		t.Errorf("%d comma joins: %q", habit-1, ruletest.Flagged(ds, fewer))
	}
	// A page damaged all over keeps its comma joins: more other joins than
	// comma joins.
	damaged := list + "It was tounnecessary forGypsy. She made astatement that theCMS was down, and theBoeing deal withAirbus fell through. " +
		strings.Repeat("He addedthat it was supposedto work. ", habit/2) + "\n"
	ds := ruletest.Check(t, r, "a.txt", damaged, nil)
	if commas := strings.Count(strings.Join(ruletest.Flagged(ds, damaged), " "), ",CA"); commas != habit {
		t.Errorf("a damaged page: %d of %d comma joins reported, %q", commas, habit, ruletest.Flagged(ds, damaged))
	}
}

// A form written twice is still two joins: a lost space can recur once.
func TestMissingSpaceRepeatedTwiceStillJoins(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	ruletest.CheckFixes(t, r, []ruletest.FixCase{
		{"We went toChapter one, then back toChapter two.", "We went to Chapter one, then back to Chapter two."},
	})
}

// The halves of a word broken by a hyphen are hyphen-break's: on their
// own they look like joins (tous = "to us", istry), so missing-space
// leaves them alone.
func TestMissingSpaceLeavesHyphenHalves(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	ruletest.CheckClean(t, r, "a.txt", []string{
		"It comes with the ubiqui-\ntous turntable.",
		"The interior ministry, the min -\n\nistry of defense.",
		"We can make a pie to- gether, said the histo-\nrians.",
	})
	// A real join next to a hyphenated compound is still one.
	text := "A well-known\nfact aboutthe town."
	if got := ruletest.Flagged(ruletest.Check(t, r, "a.txt", text, nil), text); len(got) != 1 || got[0] != "aboutthe" {
		t.Errorf("got %q, want [aboutthe]", got)
	}
}

// A word the frequency list has is kept whole unless its split is clearly
// likelier (Params.SplitMargin): alot, Moreland, storebought are words people
// write; tothe, inthe and ofthe are still joins.
func TestMissingSpaceLikelierThanTheWhole(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	ruletest.CheckClean(t, r, "a.txt", []string{
		"I care alot about it. Kevin Moreland bought storebought bread.",
	})
	for _, text := range []string{
		// a short text: two function words are two words (functionPair)
		"It went tothe house, the best ofthe year.",
		// an article: the trees weigh the rest (in builds closed compounds,
		// so inthe is theirs to judge)
		strings.Repeat("The council met on Monday to discuss the budget for the coming year. ", 16) + "\n\nIt was inthe house, the best ofthe year.",
	} {
		if got := ruletest.Flagged(ruletest.Check(t, r, "a.txt", text, nil), text); len(got) != 2 {
			t.Errorf("got %q in %q, want two joins", got, text)
		}
	}
}

// Two function words run together are two words whatever the models say
// (the closed class's prior), but not when the second ends names or the
// first builds closed compounds, nor with a one-letter piece.
func TestFunctionPair(t *testing.T) {
	for w, want := range map[string]int{
		"ofthe": 2, "wasnot": 3, "isnot": 2, "tothe": 2,
		"inthe":  0, // in builds closed compounds (income, inbound): the models judge it
		"asher":  0, // as|her: her ends names
		"outthe": 0, // out builds closed compounds
		"ona":    0, "theatre": 0, "shoe": 0,
	} {
		if got := functionPair(w); got != want {
			t.Errorf("functionPair(%q) = %d, want %d", w, got, want)
		}
	}
}

// A capitalised word after an inflected one is offered, but not applied
// by --fix unless the right word is a name: it may be an identifier.
func TestMissingSpaceInflectedJoinIsUnsafe(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	ds := ruletest.Check(t, r, "a.txt", "Set the selectedIndex property.", nil)
	if len(ds) != 1 || ds[0].Fixes[0].Safe {
		t.Fatalf("want one unsafe fix, got %+v", ds)
	}
}

func TestMissingSpaceMarkdownAndVocabulary(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	// A link text that is also the link's username is a handle.
	handles := "* [BethGriggs](https://github.com/BethGriggs) - **Beth Griggs**\n"
	if ds := ruletest.Check(t, r, "a.md", handles, nil); len(ds) > 0 {
		t.Errorf("ruletest.Flagged a handle: %q", ruletest.Flagged(ds, handles))
	}
	md := "Use `forGypsy` in code, see [the docs](https://x.io/forGypsy).\n\n```\ntounnecessary\n```\n"
	if ds := ruletest.Check(t, r, "a.md", md, nil); len(ds) > 0 {
		t.Errorf("ruletest.Flagged Markdown code/links: %q", ruletest.Flagged(ds, md))
	}
	text := "The startup Gogetit launched forGypsy."
	env := &lint.Env{Vocabulary: map[string]bool{"forGypsy": true}}
	if ds := ruletest.Check(t, r, "a.txt", text, env); len(ds) > 0 {
		t.Errorf("vocabulary word flagged: %q", ruletest.Flagged(ds, text))
	}
}

func TestMissingSpaceSafety(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	text := "Dee Dee subjected Gypsy tounnecessary treatments."
	ds := ruletest.Check(t, r, "a.txt", text, nil)
	if len(ds) != 1 || !ds[0].Fixes[0].Safe {
		t.Fatalf("want one safe fix, got %+v", ds)
	}
	if !strings.Contains(ds[0].Message, `"to unnecessary"`) {
		t.Errorf("message %q should show the split", ds[0].Message)
	}
}

// Which joins --fix applies on its own: only where the evidence is strong.
func TestMissingSpaceFixSafety(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	for _, c := range []struct {
		text, join string
		safe       bool
	}{
		{"There were 18,953and more.", "18,953and", true},
		{"I mean, it’smore than that.", "it’smore", true},
		{"Hamilton sang. Hamilton danced. Then Hamiltonand Burr met.", "Hamiltonand", true},
		{"Orlandoand Miami.", "Orlandoand", false}, // a lexicon name, never seen alone here
		{"He saw the Arrow and the Flash. ArrowThe end.", "ArrowThe", true},
		{"Major Applewhite spoke. The offensive coordinatorMajor Applewhite left.", "coordinatorMajor", true},
		// a sentence after a closing quote: safe when the quote is ”, not
		// when a count of straight quotes says it closes
		{"He said “it was noise.”We heard it.", "noise.”We", true},
		{`He said "it was noise."We heard it.`, `noise."We`, false},
	} {
		ds := ruletest.Check(t, r, "a.txt", c.text, nil)
		var found bool
		for _, d := range ds {
			if c.text[d.Start:d.End] == c.join {
				found = true
				if d.Fixes[0].Safe != c.safe {
					t.Errorf("%q: safe=%v, want %v", c.join, d.Fixes[0].Safe, c.safe)
				}
			}
		}
		if !found {
			t.Errorf("%q not reported in %q (got %q)", c.join, c.text, ruletest.Flagged(ds, c.text))
		}
	}
}

// A document over SearchLimit answers the same questions from one pass.
func TestMissingSpaceLargeDocument(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	filler := strings.Repeat("The committee met again on Tuesday and published its findings. ", textscan.SearchLimit/60)
	text := filler + "Follow @WhiteHouse. Snapchat: WhiteHouse. Gypsy spoke. The best forGypsy Rose.\n"
	if len(text) <= textscan.SearchLimit {
		t.Fatal("text too small")
	}
	got := ruletest.Flagged(ruletest.Check(t, r, "a.txt", text, nil), text)
	if len(got) != 1 || got[0] != "forGypsy" {
		t.Errorf("got %q", got)
	}
}

// BenchmarkMissingSpaceQuotesOnOneLine: straight quotes glued to words on
// one long line (a paragraph, or a file without newlines). Whether each
// closes a quotation is counted on from the last one: the time per byte
// stays the same from 64 KB to 1 MB (counted back to the line's start each
// time, 2 MB took two minutes).
func BenchmarkMissingSpaceQuotesOnOneLine(b *testing.B) {
	r := ruletest.Build(b, "missing-space")
	for _, size := range []int{64 << 10, 1 << 20} {
		text := []byte(strings.Repeat(`say "it."We `, size/12))
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				var out []lint.Diagnostic
				doc := lint.NewDocument("a.txt", text, false, nil)
				r.(lint.FileRule).Check(lint.NewPass(doc, nil, "missing-space", lint.Warning, &out))
			}
		})
	}
}

// A token longer than maxJoinBytes is not words run together but a hash,
// base64 or text that lost every space: it is not judged (judging it costs
// time quadratic in its length: a 50 KB token took 80 s).
func TestMissingSpaceLongTokenNotJudged(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	long := "forGypsy" + strings.Repeat("x", maxJoinBytes)
	if ds := ruletest.Check(t, r, "a.txt", "Gypsy spoke. The best "+long+" here.", nil); len(ds) != 0 {
		t.Errorf("judged a %d-byte token: %q", len(long), ruletest.Flagged(ds, long))
	}
	if ds := ruletest.Check(t, r, "a.txt", "Gypsy spoke. The best forGypsy here.", nil); len(ds) != 1 {
		t.Errorf("short token: %d findings", len(ds))
	}
	huge := "The" + strings.Repeat("abcdefghij", 5000)
	if ds := ruletest.Check(t, r, "a.txt", "Hello "+huge+" end.", nil); len(ds) != 0 {
		t.Errorf("a 50 KB token: %d findings", len(ds))
	}
}

// The split models were fitted on the features the rule computes, in the
// same order, and their thresholds are ordered.
func TestSplitModelsInStep(t *testing.T) {
	for _, kind := range SplitKinds {
		names, m := SplitFeatureNames(kind), splitModelOf(kind)
		if len(m.Names) != len(names) || len(m.Weight) != len(names) || len(m.Mean) != len(names) || len(m.Scale) != len(names) {
			t.Fatalf("%s model has %d features, the rule computes %d: run go generate ./rules", kind, len(m.Weight), len(names))
		}
		for i := range names {
			if m.Names[i] != names[i] {
				t.Errorf("%s feature %d: model %q, rule %q", kind, i, m.Names[i], names[i])
			}
		}
		if !(vetoBelow < m.Report && m.Report <= m.Safe && m.Safe <= 1) {
			t.Errorf("%s thresholds: veto %v report %v safe %v", kind, vetoBelow, m.Report, m.Safe)
		}
	}
	if len(splitFeatureNames) != numSplitFeatures || len(caseFeatureNames) != numCaseFeatures {
		t.Error("feature names and indexes differ")
	}
}

// checkOn starts r's check of a document holding text, as Check does.
func checkOn(r *missingSpace, text string) *msCheck {
	doc := lint.NewDocument("a.txt", []byte(text), false, nil)
	var out []lint.Diagnostic
	return r.newCheck(lint.NewPass(doc, &lint.Env{}, "missing-space", lint.Warning, &out))
}

// The model weighs the evidence: a split into two common words is likelier
// than one into a rare piece, and a productive compound head (under) makes
// a closed compound likelier than two words.
func TestSplitModelEvidence(t *testing.T) {
	r := ruletest.Build(t, "missing-space").(*missingSpace)
	prob := func(text, word string, cut int) float64 {
		_, _, p := checkOn(r, text).splitModel(word, strings.Index(text, word), word[0] < 'a')
		return p(cut)
	}
	if a, b := prob("The storypublished on Monday.", "storypublished", 5), prob("The storypublished on Monday.", "storypublished", 4); a < 0.5 || b > 0.1 {
		t.Errorf("story|published %.2f, stor|ypublished %.2f", a, b)
	}
	if a, b := prob("It was an underrun.", "underrun", 5), prob("It was storypublished.", "storypublished", 5); a >= b {
		t.Errorf("under|run %.2f should be less likely than story|published %.2f", a, b)
	}
}

// An article (treesFrom words or more) is judged by the trees, a short
// text by the logistic models; the trainer always sees the logistic ones.
func TestSplitModelsByLength(t *testing.T) {
	r := ruletest.Build(t, "missing-space").(*missingSpace)
	short := checkOn(r, "The storypublished on Monday was long.")
	long := checkOn(r, strings.Repeat("The council met on Monday to discuss the budget. ", 20))
	if short.title != r.titleModel || short.lower != r.lowerModel || short.cased != r.caseModel {
		t.Error("a short text is not judged by the logistic models")
	}
	if long.title != r.titleTrees || long.lower != r.lowerTrees || long.cased != r.caseTrees || long.title.Trees == nil {
		t.Error("an article is not judged by the trees")
	}
	r.observe = func(SplitCandidate) {}
	defer func() { r.observe = nil }()
	if c := checkOn(r, strings.Repeat("The council met on Monday to discuss the budget. ", 20)); c.title != r.titleModel {
		t.Error("the trainer sees the trees")
	}
}

// A capitalised word that opens a name phrase is not split into a word
// and a lowercase content word (Childhelp National Child Abuse Hotline),
// in an article too, where the trees judge.
func TestMissingSpaceWordOpeningAName(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	filler := strings.Repeat("The council met on Monday to discuss the budget for the coming year. ", 16)
	text := filler + "\n\nIf you suspect child abuse, call the Childhelp National Child Abuse Hotline at any hour. A child needs help, and help is free.\n"
	for _, d := range ruletest.Check(t, r, "a.txt", text, nil) {
		if got := text[d.Start:d.End]; strings.Contains(got, "Childhelp") {
			t.Errorf("split %q: %s", got, d.Message)
		}
	}
}

// At a change of case the model's join stands before a capitalised word
// that is also a lowercase word (cane) when the article writes it as a
// name inside a sentence elsewhere (at Cane Creek); without that evidence
// the hand rules' refusal stands, as for an identifier (drawBorder).
func TestMissingSpaceCaseJoinBeforeAName(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	filler := strings.Repeat("The council met on Monday to discuss the budget for the coming year. ", 16)
	named := filler + "\n\nHe married Mary Hill in 1790 at Cane Creek, North Carolina. At Cane Creek the meeting disowned her.\nMary Hill died in 1806 near Cane Creek, North Carolina.\nJesse and Elizabeth were cousins. AtCane Creek in 1809 Jesse was disowned for his marriage.\n"
	if got := ruletest.Flagged(ruletest.Check(t, r, "a.txt", named, nil), named); !slices.Contains(got, "AtCane") {
		t.Errorf("a name the article writes inside sentences: flagged %q, want AtCane", got)
	}
	plain := filler + "\n\nHe married Mary Hill in 1790 by the creek, North Carolina. The meeting disowned her.\nMary Hill died in 1806 near the creek, North Carolina.\nJesse and Elizabeth were cousins. AtCane Creek in 1809 Jesse was disowned for his marriage.\n"
	if got := ruletest.Flagged(ruletest.Check(t, r, "a.txt", plain, nil), plain); slices.Contains(got, "AtCane") {
		t.Errorf("no other use of the name: flagged %q", got)
	}
}

// A split model's finding carries its probability as the confidence (at
// or above the model's reporting threshold); a closed-class finding
// (punctuation) carries none.
func TestMissingSpaceConfidence(t *testing.T) {
	r := ruletest.Build(t, "missing-space")
	text := "The storypublished on Monday was long. That was in 2015.The next year was worse."
	ds := ruletest.Check(t, r, "a.txt", text, nil)
	got := map[string]float64{}
	for _, d := range ds {
		got[text[d.Start:d.End]] = d.Confidence
	}
	if c, ok := got["storypublished"]; !ok || c < builtinLowerSplitModel.Report || c >= 1 {
		t.Errorf("storypublished: confidence %v (found %v), want the lowercase model's probability >= %v", c, ok, builtinLowerSplitModel.Report)
	}
	if c, ok := got["2015.The"]; !ok || c != 0 {
		t.Errorf("2015.The: confidence %v (found %v), want none", c, ok)
	}
}

// The segmentation is the noisy channel's H1 under the word frequencies:
// of the ways to cut a run into real words, the one whose pieces are
// likeliest, fewer pieces preferred; the closed classes bound the pieces
// (one letter only a, two letters only the two-letter words, no bare
// ending, short pieces common).
func TestSplitSegmentation(t *testing.T) {
	c := checkOn(ruletest.Build(t, "missing-space").(*missingSpace), "x")
	for w, want := range map[string]string{
		"wasarrestedin":  "was arrested in",
		"isnotthe":       "is not the",
		"inthehouse":     "in the house",
		"astatement":     "a statement",
		"madesculptures": "made sculptures",
		"hello":          "", // one word is no split
		"xqzv":           "", // no real pieces
		"bstatement":     "", // one letter is only a
	} {
		if got := strings.Join(c.split(w), " "); got != want {
			t.Errorf("split(%q) = %q, want %q", w, got, want)
		}
	}
	// Piece costs follow the frequencies: a common word costs less than a
	// rare one; an ending or an uncommon short word is no piece.
	common, ok1 := c.pieceCost("house")
	rare, ok2 := c.pieceCost("sculptures")
	if !ok1 || !ok2 || common >= rare {
		t.Errorf("pieceCost house %.2f (%v), sculptures %.2f (%v)", common, ok1, rare, ok2)
	}
	for _, p := range []string{"ed", "b", "ewe"} {
		if _, ok := c.pieceCost(p); ok {
			t.Errorf("%q may be a piece", p)
		}
	}
}

// A verb form or derived word: a listed word with a suffix of the closed
// class whose stem is long or a word itself.
func TestVerbLike(t *testing.T) {
	c := checkOn(ruletest.Build(t, "missing-space").(*missingSpace), "x")
	for w, want := range map[string]bool{
		"wanted": true, "incoming": true, "doing": true, "owns": true, "careful": true, "journal": true,
		"house": false, "bus": false, "this": false, "king": false, "qzxwanted": false,
	} {
		if got := c.verbLike(w); got != want {
			t.Errorf("verbLike(%q) = %v, want %v", w, got, want)
		}
	}
}

// The rule reads its fitted parameters: WithParams changes what it
// reports (the fitter's view), and the registered rule uses FittedParams.
func TestWithParams(t *testing.T) {
	text := "Offices: Ranch,CA and Grove,CA and Beach,CA and Oaks,CA and Mirage,CA and Toro,CA and Vista,CA and Hills,CA and Creek,CA and Falls,CA and Point,CA and Harbor,CA.\n"
	p := FittedParams()
	if p != fittedParams {
		t.Fatal("FittedParams is not what the rule uses")
	}
	if reg := ruletest.Build(t, "missing-space").(*missingSpace); reg.params != p {
		t.Errorf("registered rule params %+v, want %+v", reg.params, p)
	}
	p.CommaHabit = 100
	if ds := ruletest.Check(t, WithParams(p), "a.txt", text, nil); len(ds) != 12 {
		t.Errorf("no habit at 100: %d findings, want 12", len(ds))
	}
	p.CommaHabit = 2
	if ds := ruletest.Check(t, WithParams(p), "a.txt", text, nil); len(ds) != 0 {
		t.Errorf("a habit at 2: %d findings, want 0", len(ds))
	}
}
