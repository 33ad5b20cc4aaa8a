package boilerplate

// The built-in boilerplate pack. Each pattern is an RE2 expression matched
// against a whole line, lowercased and with white space collapsed. keys are
// words that must occur in the line for the pattern to be tried at all: the
// rule looks a line's words up in a map from key to patterns (the cheap
// prefilter) and runs only the expressions that a key selected.
//
// The phrases come from the discard lists of content extractors and corpus
// filters (boilerpipe's terminating blocks, trafilatura's discard xpaths and
// line filters, jusText's stop-phrase heuristics, C4's policy-line filter):
// share bars, comment prompts, newsletter sign-ups, navigation, credits,
// metadata, legal footers and consent notices.
type builtinPattern struct {
	id       string
	keys     string // space-separated trigger words
	re       string
	safe     bool // the fix (deleting the line) is safe
	maxWords int  // longest line the pattern may match (0: 12)
	// ownLine: the pattern also reads as a fragment of wrapped prose ("by
	// the Free Software Foundation."), so it never matches a line that
	// continues the one before it.
	ownLine bool
	// optIn: off unless the config's enable list names it. For furniture
	// that articles keep as often as pages add it.
	optIn bool
}

const (
	month   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	weekday = `(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?`
	dateRE  = `(?:` + weekday + `,? )?` + month + ` \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} ` + month + `,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}`
	timeRE  = `\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?(?: [a-z]{2,4})?`
	socialW = `(?:share|tweet|email|e-mail|print|pin|save|copy link|facebook|twitter|x|instagram|linkedin|pinterest|reddit|whatsapp|flipboard|tumblr|snapchat|tiktok|youtube|messenger|telegram|sms|comments?|link)`
)

var builtinPatterns = []builtinPattern{
	// social and embeds
	{id: "social/share-bar", keys: "share tweet email e-mail print facebook twitter pinterest linkedin reddit whatsapp flipboard instagram tumblr", re: `^(?:` + socialW + `[\s|/·•,:]*){1,8}(?:\d+)?$`, safe: true},
	{id: "social/share-prompt", keys: "share", re: `^share (?:this|on|via|the|your|article|story|post|page)\b.*$|^share\s*\d*$`, safe: true},
	{id: "social/replying-to", keys: "replying", re: `^replying to @?[\w.]+`, safe: true},
	{id: "social/tweet-signature", keys: "pic.twitter.com twitter.com t.co", re: `pic\.twitter\.com/\w+|^— .+\(@\w+\) ` + month + ` \d{1,2}, \d{4}`, maxWords: 80},
	{id: "social/tweet-byline", keys: "—", re: `^— [^()]{1,60} \(@\w{1,30}\) ` + month + ` \d{1,2}, \d{4}$`, safe: true},
	{id: "social/instagram", keys: "instagram post shared", re: `^view this post on instagram$|^a post shared by .*$`, safe: true},
	{id: "social/follow", keys: "follow", re: `^follow (?:us|me)\b.{0,40}$|^follow [\w.@ ]{1,40} on (?:twitter|x|facebook|instagram|linkedin|tiktok|threads|bluesky)\.?$`, safe: true},
	// comments
	{id: "comments/count", keys: "comments comment responses replies", re: `^\d+ (?:comments?|responses?|replies)$|^comments?(?: \(\d+\))?:?$`, safe: true},
	{id: "comments/byline-count", keys: "comments comment", re: `^(?:written |posted )?by .{3,120}[.,]? \d+ comments?$`, safe: false, maxWords: 30},
	{id: "comments/timestamp", keys: "ago", re: `^(?:about |over )?(?:\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$`, safe: true},
	{id: "comments/prompt", keys: "comment comments discussion conversation reply", re: `^(?:view|read|show|load|see|hide|post|add|leave|write) (?:all |the |a |your )?(?:\d+ )?(?:comments?|reply|replies|responses?)\b.*$|^join the (?:conversation|discussion)\b.*$|^read comments\b.*$`, safe: true},
	{id: "comments/moderation", keys: "moderated comments", re: `comments are moderated|comments faq|community guidelines|^comments? (?:are|is) closed`, safe: true, maxWords: 40},
	{id: "comments/account", keys: "account log sign login logout register profile", re: `^already have an account\??$|^(?:log|sign) ?(?:in|up|out)(?: (?:or|/|\|)? ?(?:log|sign) ?(?:in|up|out))*\.?$|^register(?: now| for free| here)?!?$|^create (?:an )?account$|^my (?:profile|account)(?: log ?out)?$|^(?:sign in|log in|register) to (?:comment|continue|read)\b.*$`, safe: true},
	// The comment forms of the common publishing systems, in their default
	// wording: WordPress core's comment_form() (wp-includes/
	// comment-template.php), the Akismet and Jetpack plugins' notices,
	// Drupal's comment module and Blogger's comment links.
	{id: "comments/form", keys: "email published required reply comment comments akismet logged notify save", re: `^your email address will not be published\.?(?: required fields are marked \*?)?$|^required fields are marked \*?$|^leave a (?:reply|comment)(?: to .{1,60})?$|^cancel reply$|^post (?:a |new )?comment$|^add new comment$|^you must be (?:logged in|registered) to post a comment\.?$|^logged in as .{1,60}\. (?:edit your profile\. )?log out\??$|^save my name, email, and website in this browser for the next time i comment\.?$|^notify me of (?:follow-up comments|new posts) by email\.?$|^this site uses akismet to reduce spam\. learn how your comment data is processed\.?$|^log in or register to post comments$|^subscribe to: post comments \(atom\)$`, safe: true, maxWords: 30},
	// A comment's or a post's signature line: "Posted by: NAME at DATE",
	// "Submitted by NAME on DATE" (Drupal's default).
	// "Posted by NAME | DATE | Permalink" and "Posted by NAME at TIME"
	// (Blogger's and TypePad's post footers) are the same line.
	{id: "comments/signature", keys: "posted submitted", re: `^(?:posted|submitted) by:? .{1,60}? (?:at|on|\|) (?:` + dateRE + `|` + timeRE + `)(?:,? (?:at |- |@ )?` + timeRE + `)?(?:\s*\|.{0,60})?$`, safe: false, maxWords: 25},
	// A comment's header in WordPress's default comment list: "NAME on
	// DATE at TIME said:", "NAME says:".
	{id: "comments/said", keys: "said says", re: `^.{1,60}? (?:on )?(?:` + dateRE + `)(?:,? (?:at |@ )?` + timeRE + `)? said:$|^[\p{L}.'’ -]{1,40} says:$`, safe: false, maxWords: 20},
	// newsletters and subscriptions
	{id: "newsletter/sign-up", keys: "newsletter newsletters sign subscribe subscription inbox", re: `(?:sign up|subscribe|register) (?:for|to) (?:our|the|my|\w+'s|\w+’s)? ?.{0,40}(?:newsletter|alerts|emails?|updates|digest)\b|never miss a (?:story|thing|beat)|keep your inbox happy|^get (?:the|our) newsletter|\bget (?:the|our) newsletter!?$|^newsletter(?:s| sign-?up(?: form)?)?$|delivered (?:straight )?to your inbox|^subscribe(?: now| today| here)?!?$|^free subscription$`, safe: true, maxWords: 30},
	{id: "newsletter/recaptcha", keys: "recaptcha", re: `protected by recaptcha`, safe: true, maxWords: 40},
	{id: "newsletter/subscribe-to", keys: "subscribe", re: `^subscribe to [\w'’ &.-]{1,60}$`, safe: true},
	// navigation and promotion
	{id: "nav/related", keys: "related more recommended popular trending read next previous must stories articles also recent", re: `^(?:recent [\w&'’-]{2,20} (?:content|stories|posts|articles|news)|stories from (?:the )?[\w.'’ ]{1,30}|related(?: articles?| stories| posts| content| coverage| links| video| topics)?|more (?:stories|articles|news|videos?|coverage|on this(?: story)?|from [\w.' ]{1,30}|by [\w.' ]{1,30})|recommended(?: for you| stories| reading)?|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|read (?:more|next|this next|also)|next (?:story|article)|previous (?:story|article)|must[- ]reads?(?: stories)?|you (?:may|might) also like|also (?:read|see)|see also|top stories|latest (?:news|stories))\s*[:.»›>]*$`, safe: true},
	// Pager and gallery controls: furniture, but bare words that extracted
	// articles keep as often as scraping adds them (on the devset 5 of 7
	// such lines were in the reference text), so off by default, and the
	// deletion is left to a person.
	{id: "nav/pager", keys: "next previous prev up see view show load all more", re: `^(?:up next|next|previous|prev|see all|view all|show (?:more|all)|load more)\s*[:.»›>]*$`, safe: false, optIn: true},
	// "Read more: <headline>" is a promo; "Read more from <columnist>:"
	// heads a list of links inside the article, which extractors keep.
	{id: "nav/read-more", keys: "read more continue", re: `^(?:read more\s*[:»›>|-]|continue reading\b|read the full (?:story|article)\b).{0,80}$`, safe: true, maxWords: 20},
	{id: "nav/furniture", keys: "advertisement advertising ad ads sponsored skip back top home menu search navigation topics sitemap quick links see all accessibility", re: `^(?:advertisement|advertising|sponsored(?: content| by .{1,30})?|ad|ads|skip (?:to (?:main )?content|navigation|to main)|back to (?:top|home)|home|menu|search|main menu|footer menu|navigation|all topics|quick links|sitemap|site map|accessibility for screen ?readers?)\s*[:.»›>]*$`, safe: true},
	{id: "nav/return", keys: "return", re: `^return to (?:the )?(?:top|home|home ?page|contents|contents page|table of contents|index|main page|previous page|[\w&'’ ]{1,30} home ?page)\s*[:.»›>]*$`, safe: true},
	// The category line under a blog post (WordPress themes' "Posted in").
	{id: "nav/posted-in", keys: "posted", re: `^posted in\s*:.{1,100}$|^posted in .{1,80} \|`, safe: false, maxWords: 20},
	{id: "nav/ui-notice", keys: "successfully", re: `^(?:[\w'’]+ ){0,3}(?:successfully|has been|have been) (?:added|saved|removed|subscribed|updated)!?$`, safe: true},
	{id: "nav/next-marker", keys: "next previous prev", re: `\.\s(?:next|previous|prev)\.(?:\s|$)`, safe: false, maxWords: 40},
	{id: "nav/tags", keys: "tags tag filed topics categories category", re: `^(?:tags?|filed under|topics?|categories|category|more on)\s*:.*$|^filed under\b.*$|^tags?:?$`, safe: true, maxWords: 40},
	{id: "nav/breadcrumb-arrows", keys: "⇤ ← ↑", re: `^[⇤←]\s*\w+$|^↑\s*[\w ,.'’!-]{1,40}$`, safe: true},
	{id: "nav/contact-prompt", keys: "touch author", re: `^(?:get in touch|about the authors?|more (?:about|from) the authors?)\s*[:.!]?$`, safe: true},
	{id: "nav/browser", keys: "browser javascript notifications", re: `please (?:upgrade|update) your browser|(?:enable|turn on) javascript|(?:turn on|enable) (?:desktop |push )?notifications`, safe: true, maxWords: 25},
	// A blog's archive widget (Blogger, WordPress): a month or a year and
	// its post count, with the widget's disclosure triangle.
	{id: "nav/archive-count", keys: "#digit", re: `^[►▼▶▸]?\s*(?:` + month + `(?: \d{4})?|\d{4})\s*\(\d+\)$`, safe: true},
	// credits and metadata
	{id: "credit/photo", keys: "photo photos photograph image images illustration video credit courtesy graphic caption getty gettyimages shutterstock istock reuters ap afp", re: `^(?:photo|photos|photograph|image|images|illustration|video|credit|courtesy|graphic|pictured|source|caption)(?: credit)?(?: by)?\s*[:|/]\s*.{1,100}$|^(?:photo|photograph|illustration|image|video) by [^.]{1,80}$|(?:/|\|)\s*(?:[\w.' -]{1,40}/\s*)?(?:getty ?images|shutterstock|istock(?:photo)?|reuters|ap photo|afp)(?: via getty images)?\s*$|^(?:getty ?images|ap photo|reuters|afp)(?:\s*/\s*[\w. ]+)?$|\. (?:caption|credit|photo credit|image credit): .{1,80}$|\. (?:photo|photograph|image|illustration)s?: [\p{L}.'’ -]{3,60}\.?$`, safe: true, maxWords: 25},
	{id: "meta/read-time", keys: "min read minute minutes", re: `^\d+\s?(?:min|minute)s?(?: read)?$|\b\d+ min read$`, safe: true},
	{id: "meta/published", keys: "published updated modified posted time", re: `^(?:published|updated|modified|posted|last updated)(?: time| on| at)?\s*:?\s*(?:` + dateRE + `|` + weekday + `|\d)`, safe: true, maxWords: 25},
	{id: "meta/dateline", keys: "#digit date dated january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday", re: `^(?:[\w&'’. ]{0,40} )?(?:` + dateRE + `)(?:,? (?:at )?` + timeRE + `)?(?: (?:/|\|) (?:updated )?(?:` + dateRE + `)(?:,? ` + timeRE + `)?)?(?: —.{0,20})?(?: by [\w.' ]{1,40})?$`, safe: true, maxWords: 14},
	{id: "meta/byline", ownLine: true, keys: "by written", re: `^(?:written |posted |reported )?by [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}(?:,? (?:` + dateRE + `)(?:,? ` + timeRE + `)?)?(?: and [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3})?$`, safe: false, maxWords: 16},
	{id: "social/print", keys: "printer-friendly printer", re: `^(?:\|\s*)?printer[- ]friendly(?: page| version| format)?\b.{0,80}$|\| printer[- ]friendly(?: page| version| format)?\b`, safe: false, maxWords: 25},
	{id: "meta/reuse", keys: "reuse reprint reprints permissions", re: `^reuse this content$|^order (?:a )?reprint|^reprints?(?: (?:&|and) permissions)?$`, safe: true},
	// legal footers and consent
	{id: "legal/copyright", keys: "©", re: `(?:^|[|·•]\s*)(?:copyright\s*)?©\s*(?:copyright\s*)?(?:\d{4}|[\p{L}\d])`, safe: true, maxWords: 30},
	{id: "legal/rights", keys: "rights reserved", re: `all rights reserved`, safe: true, maxWords: 30},
	{id: "legal/footer-links", keys: "privacy terms cookie cookies accessibility contact contacts about careers advertise choices help feedback jobs vacancies press media sitemap site hiring partner partners affiliates", re: `^(?:(?:privacy(?: policy| notice| settings)?|terms(?: of (?:use|service|sale))?|terms (?:&|and) conditions|cookie (?:policy|settings|preferences)|accessibility(?: statement)?|contacts?(?: us)?|about(?: us)?|careers|we're hiring!?|we’re hiring!?|partner sites|our (?:partners|affiliates|sites|brands)|jobs and vacancies|vacancies|advertise(?: with us)?|ad ?choices|help|feedback|jobs|site ?map|media kit|press(?: center| room)?|children's online privacy policy|do not sell my (?:personal )?info(?:rmation)?)\s*[|·•,/]?\s*){1,10}$`, safe: true, maxWords: 16},
	{id: "consent/cookies", keys: "cookies cookie consent", re: `(?:we|this (?:site|website)) uses? cookies|by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)|accept (?:all )?cookies|manage (?:cookie )?consent`, safe: true, maxWords: 60},
}

// leadingPatterns match furniture glued to the start of a prose line
// ("date 2024-07-06 Reality TV star…"); only the matched prefix is
// reported and removed. They run on the raw line, case-insensitively.
var leadingPatterns = []builtinPattern{
	{id: "meta/leading-date", re: `(?i)^(?:date|dated|published|updated|posted)(?: time)?:?\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:\s*-?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+`, safe: true},
	{id: "nav/leading-advertisement", re: `(?i)^advertisement\s+`, safe: true},
	{id: "social/leading-share", re: `(?i)^share (?:this )?(?:article|story)\s+`, safe: true},
}
