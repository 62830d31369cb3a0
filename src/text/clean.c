/*
 * text/clean.c — labelling the lines of a news page as story or not; see
 * clean.h and docs/cleaning.md (the method, the signals and why).
 *
 * Two passes over the lines. The first computes, for every line, cheap
 * features (words looked up in one sorted word table, punctuation, credits,
 * dates, fixed site phrases) and a guess at its kind, plus a "comment
 * score" (how much the line reads like a reader's remark rather than
 * reporting). The second looks at the page as a whole: where a comment
 * thread starts (a thread header, a comment form, reply/timestamp
 * furniture, or a run of comment-like lines after the story), lists of
 * related links after a "Related" header, author bios at the end; then
 * adjacent lines of the same kind are merged into spans.
 */
#include "text/clean.h"

#include <stddef.h>
#include <string.h>

/* ---- word classes --------------------------------------------------------- */

enum {
	W_FP1 = 1u << 0,     /* first person singular: I, me, my */
	W_FP2 = 1u << 1,     /* second person: you, your */
	W_FPL = 1u << 2,     /* first person plural: we, us, our */
	W_INF = 1u << 3,     /* informal, slang, insults: lol, gonna, idiot */
	W_GREET = 1u << 4,   /* opens a reader's remark: thanks, agreed, wow */
	W_ATTR = 1u << 5,    /* reporting: said, told, according, officials */
	W_AUX = 1u << 6,     /* a finite verb: is, was, has, will, said, met */
	W_MONTH = 1u << 7,   /* month names and abbreviations */
	W_WDAY = 1u << 8,    /* weekday names and abbreviations */
	W_DATEW = 1u << 9,   /* words that may fill a date/time line: at, pm, ago */
	W_MEDIA = 1u << 10,  /* video, photo, image, footage */
	W_MERCH = 1u << 11,  /* shirt, mug, prints: shop lines */
	W_SITE = 1u << 12,   /* the site itself: subscribe, newsletter, inbox, app */
	W_SITE2 = 1u << 13,  /* only ever site text: akismet, unsubscribe */
	W_AGENCY = 1u << 14, /* photo agencies: getty, afp, reuters, ap */
	W_IMPER = 1u << 15,  /* imperatives that open site prompts: click, sign */
	W_BIO = 1u << 16,    /* author bio nouns: columnist, correspondent */
	W_FUNC = 1u << 17,   /* function words: the, of, in */
	W_SOCIAL = 1u << 18, /* social and account words: share, twitter, email */
	W_DABBR = 1u << 19   /* abbreviated months and weekdays: Jan, Sun */
};

typedef struct wentry {
	const char *w;
	uint32_t bits;
} wentry;

/* Sorted by strcmp (checked by dyad__clean_check_tables()). Words are
 * looked up folded to ASCII lower case, with the typographic apostrophe as
 * '\''. Hyphens and periods split words. */
static const wentry words[] = {
	{"a", W_FUNC},
	{"aap", W_AGENCY},
	{"about", W_FUNC},
	{"according", W_ATTR},
	{"account", W_SOCIAL},
	{"acknowledged", W_ATTR},
	{"ad", W_SITE},
	{"adblock", W_SITE2},
	{"adblocker", W_SITE2},
	{"added", W_ATTR},
	{"ads", W_SITE},
	{"advertisement", W_SITE},
	{"advertisements", W_SITE},
	{"afp", W_AGENCY},
	{"after", W_FUNC},
	{"ago", W_DATEW},
	{"agreed", W_GREET},
	{"akismet", W_SITE2},
	{"alamy", W_AGENCY},
	{"alerts", W_SITE},
	{"alleged", W_ATTR},
	{"am", W_DATEW},
	{"amen", W_GREET},
	{"an", W_FUNC},
	{"anadolu", W_AGENCY},
	{"analyst", W_BIO},
	{"and", W_DATEW},
	{"announced", W_ATTR},
	{"ap", W_AGENCY},
	{"app", W_SITE | W_SOCIAL},
	{"apparel", W_MERCH},
	{"apps", W_SITE},
	{"apr", W_DABBR},
	{"april", W_MONTH},
	{"are", W_AUX | W_FUNC},
	{"arent", W_INF},
	{"as", W_FUNC},
	{"at", W_DATEW | W_FUNC},
	{"audio", W_MEDIA},
	{"aug", W_DABBR},
	{"august", W_MONTH},
	{"author", W_BIO},
	{"be", W_FUNC},
	{"become", W_IMPER},
	{"been", W_AUX | W_FUNC},
	{"before", W_FUNC},
	{"began", W_AUX},
	{"blogger", W_BIO},
	{"bravo", W_GREET},
	{"brilliant", W_GREET},
	{"browser", W_SITE},
	{"bst", W_DATEW},
	{"btw", W_INF},
	{"bullshit", W_INF},
	{"but", W_FUNC},
	{"by", W_DATEW | W_FUNC},
	{"call", W_IMPER},
	{"came", W_AUX},
	{"can", W_AUX},
	{"cant", W_INF},
	{"cdt", W_DATEW},
	{"cet", W_DATEW},
	{"chart", W_MEDIA},
	{"check", W_IMPER},
	{"cheers", W_GREET},
	{"claimed", W_ATTR},
	{"click", W_IMPER | W_SOCIAL},
	{"clip", W_MEDIA},
	{"clips", W_MEDIA},
	{"columnist", W_BIO},
	{"commentator", W_BIO},
	{"confirmed", W_ATTR},
	{"congrats", W_GREET},
	{"congratulations", W_GREET},
	{"contact", W_IMPER},
	{"contributor", W_BIO},
	{"cookie", W_SITE},
	{"cookies", W_SITE},
	{"corbis", W_AGENCY},
	{"correspondent", W_BIO},
	{"could", W_AUX},
	{"coz", W_INF},
	{"crap", W_INF},
	{"crewneck", W_MERCH},
	{"crewnecks", W_MERCH},
	{"cst", W_DATEW},
	{"cuz", W_INF},
	{"damn", W_INF},
	{"date", W_DATEW},
	{"day", W_DATEW},
	{"days", W_DATEW},
	{"dec", W_DABBR},
	{"december", W_MONTH},
	{"declared", W_ATTR},
	{"denied", W_ATTR},
	{"did", W_AUX},
	{"didnt", W_INF},
	{"does", W_AUX},
	{"doesnt", W_INF},
	{"donate", W_IMPER | W_SITE},
	{"donation", W_SITE},
	{"dont", W_INF},
	{"download", W_IMPER | W_SITE},
	{"dude", W_INF},
	{"duh", W_INF},
	{"dumb", W_INF},
	{"editor", W_BIO},
	{"edt", W_DATEW},
	{"efe", W_AGENCY},
	{"email", W_IMPER | W_SOCIAL},
	{"enter", W_IMPER},
	{"epa", W_AGENCY},
	{"est", W_DATEW},
	{"et", W_DATEW},
	{"exactly", W_GREET},
	{"excellent", W_GREET},
	{"explained", W_ATTR},
	{"facebook", W_SOCIAL},
	{"feb", W_DABBR},
	{"february", W_MONTH},
	{"fellow", W_BIO},
	{"find", W_IMPER},
	{"first", W_DATEW},
	{"fled", W_AUX},
	{"flickr", W_AGENCY},
	{"follow", W_IMPER},
	{"footage", W_MEDIA},
	{"for", W_FUNC},
	{"fought", W_AUX},
	{"fri", W_DABBR},
	{"friday", W_WDAY},
	{"from", W_FUNC},
	{"fuck", W_INF},
	{"fucked", W_INF},
	{"fucking", W_INF},
	{"fyi", W_INF},
	{"gallery", W_MEDIA},
	{"gave", W_AUX},
	{"geez", W_INF},
	{"get", W_IMPER},
	{"getty", W_AGENCY},
	{"gmt", W_DATEW},
	{"go", W_IMPER},
	{"gonna", W_INF},
	{"gotta", W_INF},
	{"graphic", W_MEDIA},
	{"graphics", W_MEDIA},
	{"great", W_GREET},
	{"guys", W_INF},
	{"ha", W_GREET | W_INF},
	{"had", W_AUX | W_FUNC},
	{"haha", W_GREET | W_INF},
	{"hahaha", W_INF},
	{"has", W_AUX | W_FUNC},
	{"have", W_AUX | W_FUNC},
	{"hehe", W_INF},
	{"held", W_AUX},
	{"hello", W_GREET},
	{"hey", W_GREET},
	{"hi", W_GREET},
	{"hit", W_AUX},
	{"hmm", W_INF},
	{"homepage", W_SITE | W_SOCIAL},
	{"hoodie", W_MERCH},
	{"hoodies", W_MERCH},
	{"hour", W_DATEW},
	{"hours", W_DATEW},
	{"hr", W_DATEW},
	{"hrs", W_DATEW},
	{"i", W_FP1},
	{"i'd", W_FP1},
	{"i'll", W_FP1},
	{"i'm", W_FP1},
	{"i've", W_FP1},
	{"idiot", W_INF},
	{"idiots", W_INF},
	{"idk", W_INF},
	{"if", W_FUNC},
	{"illustration", W_MEDIA},
	{"im", W_FP1},
	{"image", W_MEDIA},
	{"images", W_MEDIA},
	{"imho", W_INF},
	{"imo", W_INF},
	{"in", W_FUNC},
	{"inbox", W_SITE},
	{"infographic", W_MEDIA},
	{"insisted", W_ATTR},
	{"instagram", W_SOCIAL},
	{"into", W_FUNC},
	{"is", W_AUX | W_FUNC},
	{"isnt", W_INF},
	{"istock", W_AGENCY},
	{"ive", W_FP1},
	{"jan", W_DABBR},
	{"january", W_MONTH},
	{"javascript", W_SITE2},
	{"jeez", W_INF},
	{"join", W_IMPER},
	{"journalist", W_BIO},
	{"jul", W_DABBR},
	{"july", W_MONTH},
	{"jun", W_DABBR},
	{"june", W_MONTH},
	{"kinda", W_INF},
	{"kudos", W_GREET},
	{"landov", W_AGENCY},
	{"last", W_DATEW},
	{"learn", W_IMPER},
	{"lecturer", W_BIO},
	{"led", W_AUX},
	{"left", W_AUX},
	{"let's", W_FPL},
	{"like", W_IMPER},
	{"linkedin", W_SOCIAL},
	{"listen", W_IMPER},
	{"lmao", W_INF},
	{"lmfao", W_INF},
	{"log", W_IMPER},
	{"login", W_IMPER | W_SITE},
	{"lol", W_GREET | W_INF},
	{"lost", W_AUX},
	{"made", W_AUX},
	{"map", W_MEDIA},
	{"mar", W_DABBR},
	{"march", W_MONTH},
	{"may", W_AUX},
	{"me", W_FP1},
	{"meh", W_INF},
	{"merch", W_MERCH},
	{"merchandise", W_MERCH},
	{"met", W_AUX},
	{"might", W_AUX},
	{"min", W_DATEW},
	{"mine", W_FP1},
	{"minister", W_ATTR},
	{"ministry", W_ATTR},
	{"mins", W_DATEW},
	{"minute", W_DATEW},
	{"minutes", W_DATEW},
	{"mon", W_DABBR},
	{"monday", W_WDAY},
	{"month", W_DATEW},
	{"months", W_DATEW},
	{"moron", W_INF},
	{"morons", W_INF},
	{"mug", W_MERCH},
	{"mugs", W_MERCH},
	{"must", W_AUX},
	{"my", W_FP1},
	{"myself", W_FP1},
	{"nd", W_DATEW},
	{"newscom", W_AGENCY},
	{"newsletter", W_SITE | W_SOCIAL},
	{"newsletters", W_SITE},
	{"nice", W_GREET},
	{"no", W_FUNC},
	{"nonsense", W_GREET},
	{"nope", W_GREET | W_INF},
	{"not", W_FUNC},
	{"noted", W_ATTR},
	{"notifications", W_SITE},
	{"nov", W_DABBR},
	{"november", W_MONTH},
	{"oct", W_DABBR},
	{"october", W_MONTH},
	{"of", W_DATEW | W_FUNC},
	{"officials", W_ATTR},
	{"ok", W_INF},
	{"okay", W_INF},
	{"omg", W_INF},
	{"on", W_DATEW | W_FUNC},
	{"or", W_FUNC},
	{"our", W_FPL},
	{"ours", W_FPL},
	{"ourselves", W_FPL},
	{"over", W_FUNC},
	{"pa", W_AGENCY},
	{"password", W_SOCIAL},
	{"paywall", W_SITE},
	{"pdt", W_DATEW},
	{"permalink", W_SITE2},
	{"personally", W_GREET},
	{"photo", W_MEDIA},
	{"photograph", W_MEDIA},
	{"photographs", W_MEDIA},
	{"photos", W_MEDIA},
	{"picture", W_MEDIA},
	{"pictures", W_MEDIA},
	{"pinterest", W_SOCIAL},
	{"pls", W_INF},
	{"plz", W_INF},
	{"pm", W_DATEW},
	{"podcast", W_SITE | W_SOCIAL},
	{"posted", W_DATEW},
	{"poster", W_MERCH},
	{"posters", W_MERCH},
	{"premium", W_SITE},
	{"prints", W_MERCH},
	{"privacy", W_SITE},
	{"professor", W_BIO},
	{"pst", W_DATEW},
	{"published", W_DATEW},
	{"rd", W_DATEW},
	{"read", W_IMPER},
	{"reddit", W_SOCIAL},
	{"register", W_IMPER | W_SOCIAL},
	{"registration", W_SOCIAL},
	{"reported", W_ATTR},
	{"reporter", W_BIO},
	{"reprint", W_SITE},
	{"reprints", W_SITE},
	{"researcher", W_BIO},
	{"reuters", W_AGENCY},
	{"rofl", W_INF},
	{"rss", W_SOCIAL},
	{"rubbish", W_GREET},
	{"said", W_ATTR | W_AUX},
	{"sat", W_DABBR},
	{"saturday", W_WDAY},
	{"says", W_ATTR | W_AUX},
	{"scholar", W_BIO},
	{"see", W_IMPER},
	{"send", W_IMPER},
	{"sent", W_AUX},
	{"sep", W_DABBR},
	{"sept", W_DABBR},
	{"september", W_MONTH},
	{"shall", W_AUX},
	{"share", W_IMPER | W_SOCIAL},
	{"sheeple", W_INF},
	{"shirt", W_MERCH},
	{"shirts", W_MERCH},
	{"shit", W_INF},
	{"shot", W_AUX},
	{"should", W_AUX},
	{"shutterstock", W_AGENCY},
	{"sign", W_IMPER},
	{"signup", W_SITE},
	{"sipa", W_AGENCY},
	{"site", W_SOCIAL},
	{"skip", W_IMPER},
	{"slideshow", W_MEDIA},
	{"smh", W_INF},
	{"so", W_FUNC},
	{"sorry", W_GREET},
	{"sought", W_AUX},
	{"spokesman", W_ATTR},
	{"spokesperson", W_ATTR},
	{"spokeswoman", W_ATTR},
	{"sponsored", W_IMPER | W_SITE},
	{"st", W_DATEW},
	{"start", W_IMPER},
	{"stated", W_ATTR},
	{"statement", W_ATTR},
	{"sticker", W_MERCH},
	{"stickers", W_MERCH},
	{"struck", W_AUX},
	{"stupid", W_INF},
	{"subscribe", W_IMPER | W_SITE},
	{"subscribed", W_SITE},
	{"subscriber", W_SITE},
	{"subscribers", W_SITE},
	{"subscription", W_SITE},
	{"subscriptions", W_SITE},
	{"sun", W_DABBR},
	{"sunday", W_WDAY},
	{"support", W_IMPER},
	{"sweatshirt", W_MERCH},
	{"sweatshirts", W_MERCH},
	{"tap", W_IMPER | W_SOCIAL},
	{"tbh", W_INF},
	{"tee", W_MERCH},
	{"tees", W_MERCH},
	{"tell", W_IMPER},
	{"tells", W_ATTR},
	{"testified", W_ATTR},
	{"th", W_DATEW},
	{"than", W_FUNC},
	{"thank", W_GREET},
	{"thanks", W_GREET},
	{"that", W_FUNC},
	{"thats", W_INF},
	{"the", W_FUNC},
	{"theres", W_INF},
	{"these", W_FUNC},
	{"this", W_FUNC},
	{"those", W_FUNC},
	{"thu", W_DABBR},
	{"thur", W_DABBR},
	{"thurs", W_DABBR},
	{"thursday", W_WDAY},
	{"thx", W_INF},
	{"to", W_FUNC},
	{"today", W_DATEW},
	{"told", W_ATTR | W_AUX},
	{"took", W_AUX},
	{"tote", W_MERCH},
	{"totes", W_MERCH},
	{"try", W_IMPER},
	{"tshirt", W_MERCH},
	{"tshirts", W_MERCH},
	{"tue", W_DABBR},
	{"tues", W_DABBR},
	{"tuesday", W_WDAY},
	{"tweet", W_SOCIAL},
	{"tweeted", W_ATTR},
	{"twitter", W_SOCIAL},
	{"u", W_FP2},
	{"ugh", W_INF},
	{"under", W_FUNC},
	{"unsubscribe", W_SITE2},
	{"updated", W_DATEW},
	{"ur", W_FP2},
	{"urged", W_ATTR},
	{"us", W_FPL},
	{"utc", W_DATEW},
	{"video", W_MEDIA},
	{"videos", W_MEDIA},
	{"visit", W_IMPER},
	{"wanna", W_INF},
	{"warned", W_ATTR},
	{"was", W_AUX | W_FUNC},
	{"wasnt", W_INF},
	{"watch", W_IMPER},
	{"we", W_FPL},
	{"we'll", W_FPL},
	{"we're", W_FPL},
	{"we've", W_FPL},
	{"website", W_SOCIAL},
	{"wed", W_DABBR},
	{"wednesday", W_WDAY},
	{"week", W_DATEW},
	{"weeks", W_DATEW},
	{"well", W_GREET},
	{"went", W_AUX},
	{"were", W_AUX | W_FUNC},
	{"whats", W_INF},
	{"whatsapp", W_SOCIAL},
	{"wikimedia", W_AGENCY},
	{"will", W_AUX | W_FUNC},
	{"with", W_FUNC},
	{"won", W_AUX},
	{"wont", W_INF},
	{"would", W_AUX | W_FUNC},
	{"wow", W_GREET | W_INF},
	{"writer", W_BIO},
	{"wrote", W_ATTR},
	{"wtf", W_INF},
	{"xinhua", W_AGENCY},
	{"y'all", W_FP2},
	{"ya", W_FP2},
	{"yeah", W_GREET | W_INF},
	{"year", W_DATEW},
	{"years", W_DATEW},
	{"yep", W_INF},
	{"yes", W_GREET},
	{"yesterday", W_DATEW},
	{"you", W_FP2},
	{"you'd", W_FP2},
	{"you'll", W_FP2},
	{"you're", W_FP2},
	{"you've", W_FP2},
	{"your", W_FP2},
	{"youre", W_FP2},
	{"yours", W_FP2},
	{"yourself", W_FP2},
	{"yourselves", W_FP2},
	{"youtube", W_SOCIAL},
	{"yup", W_INF},
	{"zuma", W_AGENCY},
};

/* ---- whole-line phrases ---------------------------------------------------- */

/* What a short line that is exactly one of these phrases is. */
enum {
	P_BP = 1,  /* site boilerplate */
	P_LINKHDR, /* boilerplate that heads a list of links */
	P_CAPTION, /* a media placeholder */
	P_HDR,     /* a comment-thread header */
	P_FORM,    /* comment-form text */
	P_CFURN    /* comment furniture: Reply, Report, 3 likes */
};

typedef struct pentry {
	const char *p;
	uint8_t kind;
} pentry;

/* Sorted by strcmp. A line is normalised before lookup: ASCII letters in
 * lower case, a run of digits as '#', the typographic apostrophe as '\'',
 * every other run of bytes as one space, no space at either end. */
static const pentry phrases[] = {
	{"# comment", P_HDR},
	{"# comments", P_HDR},
	{"# images", P_CAPTION},
	{"# like", P_CFURN},
	{"# likes", P_CFURN},
	{"# photos", P_CAPTION},
	{"# point", P_CFURN},
	{"# points", P_CFURN},
	{"# replies", P_HDR},
	{"# reply", P_CFURN},
	{"# responses", P_HDR},
	{"# thoughts", P_HDR},
	{"# upvotes", P_CFURN},
	{"# videos", P_CAPTION},
	{"# votes", P_CFURN},
	{"a a", P_BP},
	{"aa", P_BP},
	{"about us", P_BP},
	{"accept", P_BP},
	{"accept all", P_BP},
	{"accept cookies", P_BP},
	{"ad", P_BP},
	{"ad feedback", P_BP},
	{"add a comment", P_FORM},
	{"ads", P_BP},
	{"advert", P_BP},
	{"advertisement", P_BP},
	{"advertisement continue reading the main story", P_BP},
	{"advertiser content", P_BP},
	{"advertising", P_BP},
	{"all rights reserved", P_BP},
	{"also read", P_LINKHDR},
	{"analysis", P_BP},
	{"analysis opinion", P_BP},
	{"around the web", P_LINKHDR},
	{"article continues below", P_BP},
	{"audio", P_CAPTION},
	{"back to top", P_BP},
	{"bookmark", P_BP},
	{"breaking news alerts", P_BP},
	{"business", P_BP},
	{"cancel reply", P_FORM},
	{"caption", P_CAPTION},
	{"categories", P_BP},
	{"chart", P_CAPTION},
	{"click here", P_BP},
	{"click to play", P_CAPTION},
	{"close", P_BP},
	{"comment", P_HDR},
	{"comment policy", P_FORM},
	{"commentary", P_BP},
	{"commenting guidelines", P_HDR},
	{"comments", P_HDR},
	{"comments are closed", P_HDR},
	{"comments closed", P_HDR},
	{"community guidelines", P_HDR},
	{"contact us", P_BP},
	{"continue reading", P_BP},
	{"continue reading below", P_BP},
	{"continue reading the main story", P_BP},
	{"conversation", P_HDR},
	{"cookie settings", P_BP},
	{"copy link", P_BP},
	{"delete", P_CFURN},
	{"discussion", P_HDR},
	{"don't miss", P_LINKHDR},
	{"donate", P_BP},
	{"donate now", P_BP},
	{"dont miss", P_LINKHDR},
	{"download the app", P_BP},
	{"downvote", P_CFURN},
	{"edit", P_CFURN},
	{"editor's picks", P_LINKHDR},
	{"editorial", P_BP},
	{"editors picks", P_LINKHDR},
	{"email", P_BP},
	{"email address", P_FORM},
	{"embed", P_BP},
	{"embedded video", P_CAPTION},
	{"enlarge image", P_CAPTION},
	{"enlarge this image", P_CAPTION},
	{"entertainment", P_BP},
	{"expand", P_CAPTION},
	{"explore more", P_LINKHDR},
	{"facebook", P_BP},
	{"facebook twitter", P_BP},
	{"feedback", P_BP},
	{"file photo", P_CAPTION},
	{"filed under", P_BP},
	{"find out more", P_BP},
	{"flag", P_CFURN},
	{"follow", P_BP},
	{"follow us", P_BP},
	{"font size", P_BP},
	{"from the web", P_LINKHDR},
	{"full screen", P_CAPTION},
	{"fullscreen", P_CAPTION},
	{"further reading", P_LINKHDR},
	{"gallery", P_CAPTION},
	{"get breaking news alerts", P_BP},
	{"get the app", P_BP},
	{"gift this article", P_BP},
	{"graphic", P_CAPTION},
	{"have your say", P_FORM},
	{"health", P_BP},
	{"hide caption", P_CAPTION},
	{"hide replies", P_CFURN},
	{"highlights", P_BP},
	{"home", P_BP},
	{"image", P_CAPTION},
	{"image caption", P_CAPTION},
	{"images", P_CAPTION},
	{"in case you missed it", P_LINKHDR},
	{"infographic", P_CAPTION},
	{"instagram", P_BP},
	{"join the conversation", P_HDR},
	{"join the discussion", P_HDR},
	{"keep reading", P_LINKHDR},
	{"key points", P_BP},
	{"latest", P_LINKHDR},
	{"latest news", P_LINKHDR},
	{"latest stories", P_LINKHDR},
	{"learn more", P_BP},
	{"leave a comment", P_FORM},
	{"leave a reply", P_FORM},
	{"lifestyle", P_BP},
	{"like", P_CFURN},
	{"likes", P_CFURN},
	{"link copied", P_BP},
	{"linkedin", P_BP},
	{"listen", P_CAPTION},
	{"listen to article", P_BP},
	{"listen to this article", P_BP},
	{"live updates", P_BP},
	{"load more", P_CFURN},
	{"loading", P_BP},
	{"log in", P_BP},
	{"log in to reply", P_CFURN},
	{"login", P_BP},
	{"login to reply", P_CFURN},
	{"manage newsletters", P_BP},
	{"map", P_CAPTION},
	{"menu", P_BP},
	{"more", P_LINKHDR},
	{"more coverage", P_LINKHDR},
	{"more from", P_LINKHDR},
	{"more headlines", P_LINKHDR},
	{"more info", P_BP},
	{"more like this", P_LINKHDR},
	{"more news", P_LINKHDR},
	{"more on this", P_LINKHDR},
	{"more stories", P_LINKHDR},
	{"more to explore", P_LINKHDR},
	{"most popular", P_LINKHDR},
	{"most read", P_LINKHDR},
	{"most shared", P_LINKHDR},
	{"most viewed", P_LINKHDR},
	{"name", P_FORM},
	{"newest comments", P_HDR},
	{"news", P_BP},
	{"newsletter", P_BP},
	{"newsletters", P_BP},
	{"next", P_BP},
	{"next article", P_BP},
	{"next post", P_BP},
	{"next story", P_BP},
	{"notify me of follow up comments by email", P_FORM},
	{"notify me of new posts by email", P_FORM},
	{"oldest comments", P_HDR},
	{"op ed", P_BP},
	{"open in app", P_BP},
	{"opinion", P_BP},
	{"other stories", P_LINKHDR},
	{"paid content", P_BP},
	{"permalink", P_CFURN},
	{"photo", P_CAPTION},
	{"photo gallery", P_CAPTION},
	{"photo illustration", P_CAPTION},
	{"photos", P_CAPTION},
	{"picture", P_CAPTION},
	{"pictures", P_CAPTION},
	{"pinterest", P_BP},
	{"play", P_CAPTION},
	{"play video", P_CAPTION},
	{"politics", P_BP},
	{"popular", P_LINKHDR},
	{"post", P_BP},
	{"post a comment", P_FORM},
	{"post comment", P_FORM},
	{"previous", P_BP},
	{"previous article", P_BP},
	{"previous post", P_BP},
	{"previous story", P_BP},
	{"print", P_BP},
	{"print email", P_BP},
	{"print page", P_BP},
	{"print this", P_BP},
	{"print this article", P_BP},
	{"privacy policy", P_BP},
	{"promoted", P_BP},
	{"pullquote", P_BP},
	{"read full article", P_BP},
	{"read more", P_LINKHDR},
	{"read next", P_LINKHDR},
	{"read the full article", P_BP},
	{"read the full story", P_BP},
	{"reader comments", P_HDR},
	{"readers comments", P_HDR},
	{"recommended", P_LINKHDR},
	{"recommended for you", P_LINKHDR},
	{"recommended stories", P_LINKHDR},
	{"reddit", P_BP},
	{"related", P_LINKHDR},
	{"related articles", P_LINKHDR},
	{"related content", P_LINKHDR},
	{"related coverage", P_LINKHDR},
	{"related links", P_LINKHDR},
	{"related news", P_LINKHDR},
	{"related posts", P_LINKHDR},
	{"related stories", P_LINKHDR},
	{"related topics", P_LINKHDR},
	{"reply", P_CFURN},
	{"reply to this comment", P_CFURN},
	{"report", P_CFURN},
	{"report comment", P_CFURN},
	{"responses", P_HDR},
	{"save", P_BP},
	{"saved", P_BP},
	{"science", P_BP},
	{"search", P_BP},
	{"see all", P_BP},
	{"see also", P_LINKHDR},
	{"see more", P_BP},
	{"share", P_BP},
	{"share full article", P_BP},
	{"share on facebook", P_BP},
	{"share on twitter", P_BP},
	{"share this", P_BP},
	{"share this article", P_BP},
	{"share this article share tweet post email", P_BP},
	{"share this story", P_BP},
	{"share tweet post email", P_BP},
	{"show comments", P_HDR},
	{"show more", P_BP},
	{"show replies", P_CFURN},
	{"sign in", P_BP},
	{"sign up", P_BP},
	{"sign up for daily newsletters", P_BP},
	{"sign up for daily newsletters manage newsletters", P_BP},
	{"sign up for daily opinion newsletter", P_BP},
	{"sign up for daily opinion newsletter manage newsletters", P_BP},
	{"sign up now", P_BP},
	{"skip advertisement", P_BP},
	{"skip to content", P_BP},
	{"skip to main content", P_BP},
	{"slideshow", P_CAPTION},
	{"slideshow # images", P_CAPTION},
	{"sort by", P_HDR},
	{"sort by best", P_HDR},
	{"sort by newest", P_HDR},
	{"sort by oldest", P_HDR},
	{"speak your mind", P_FORM},
	{"sponsored", P_BP},
	{"sponsored content", P_BP},
	{"sports", P_BP},
	{"story continued below", P_BP},
	{"story continues below", P_BP},
	{"story highlights", P_BP},
	{"submit", P_FORM},
	{"submit comment", P_FORM},
	{"subscribe", P_BP},
	{"subscribe now", P_BP},
	{"subscribe today", P_BP},
	{"support us", P_BP},
	{"tags", P_BP},
	{"tech", P_BP},
	{"technology", P_BP},
	{"terms of service", P_BP},
	{"terms of use", P_BP},
	{"text size", P_BP},
	{"this article is more than # year old", P_BP},
	{"this article is more than # years old", P_BP},
	{"toggle caption", P_CAPTION},
	{"top comments", P_HDR},
	{"top news", P_BP},
	{"top stories", P_LINKHDR},
	{"topics", P_BP},
	{"trending", P_LINKHDR},
	{"trending now", P_LINKHDR},
	{"trending stories", P_LINKHDR},
	{"tweet", P_BP},
	{"twitter", P_BP},
	{"upvote", P_CFURN},
	{"us news", P_BP},
	{"user comments", P_HDR},
	{"video", P_CAPTION},
	{"video player", P_CAPTION},
	{"videos", P_CAPTION},
	{"view # photos", P_CAPTION},
	{"view all", P_BP},
	{"view comments", P_HDR},
	{"view gallery", P_CAPTION},
	{"view replies", P_CFURN},
	{"vote down", P_CFURN},
	{"vote up", P_CFURN},
	{"watch", P_CAPTION},
	{"watch live", P_BP},
	{"watch now", P_CAPTION},
	{"watch video", P_CAPTION},
	{"website", P_FORM},
	{"what do you think", P_HDR},
	{"what to read next", P_LINKHDR},
	{"whatsapp", P_BP},
	{"world", P_BP},
	{"world news", P_BP},
	{"write a comment", P_FORM},
	{"you may also like", P_LINKHDR},
	{"you may be interested in", P_LINKHDR},
	{"you might also like", P_LINKHDR},
	{"your comment", P_FORM},
	{"your comments", P_HDR},
	{"youtube", P_CAPTION},
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static uint32_t word_bits(const char *w)
{
	size_t lo = 0, hi = NELEM(words);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(w, words[mid].w);
		if (c == 0)
			return words[mid].bits;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

static int phrase_kind(const char *s)
{
	size_t lo = 0, hi = NELEM(phrases);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(s, phrases[mid].p);
		if (c == 0)
			return phrases[mid].kind;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

int dyad__clean_check_tables(void)
{
	for (size_t i = 0; i < NELEM(words); i++) {
		size_t n = strlen(words[i].w);
		if (n == 0 || n > 15 || words[i].bits == 0)
			return (int)i + 1;
		for (size_t k = 0; k < n; k++) {
			char c = words[i].w[k];
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\''))
				return (int)i + 1;
		}
		if (i > 0 && strcmp(words[i - 1].w, words[i].w) >= 0)
			return (int)i + 1;
	}
	for (size_t i = 0; i < NELEM(phrases); i++) {
		size_t n = strlen(phrases[i].p);
		if (n == 0 || n >= 96 || phrases[i].p[0] == ' ' || phrases[i].p[n - 1] == ' ')
			return (int)(NELEM(words) + i + 1);
		if (i > 0 && strcmp(phrases[i - 1].p, phrases[i].p) >= 0)
			return (int)(NELEM(words) + i + 1);
	}
	return 0;
}

const char *dyad_span_kind_name(int kind)
{
	static const char *const names[DYAD_SPAN_NKINDS] = {"body",     "boilerplate", "caption",
	                                                    "byline",   "dateline",    "comment"};
	if (kind < 0 || kind >= DYAD_SPAN_NKINDS)
		return "unknown";
	return names[kind];
}

/* ---- per-line features ------------------------------------------------------ */

#define HEADN 512  /* bytes of the line kept in lower case for phrase tests */
#define TAILN 160  /* and of its end, when it is longer */
#define NORMN 100  /* the normalised form for whole-line phrases */
#define NFIRST 6   /* leading words kept */

typedef struct feat {
	uint32_t nw;   /* words */
	uint32_t bits; /* OR of the classes of all words */
	uint32_t n_fp1, n_fp2, n_fpl, n_inf, n_attr, n_aux, n_ed, n_site, n_social, n_site2;
	uint32_t n_merch, n_bio, n_media, n_agency;
	uint32_t n_date;    /* words that may appear on a date/time line */
	uint32_t n_datekey; /* months, weekdays, years, "ago", "today" */
	uint32_t n_allcaps; /* words of 3+ letters all in upper case */
	uint32_t n_excl2, n_q2, n_ellip, n_quote;
	char first[NFIRST][16]; /* leading words folded; "" when not ASCII or too long */
	uint32_t first_bits[NFIRST];
	uint8_t first_cap[NFIRST];
	uint32_t nfirst;
	uint8_t end_sent, end_colon, end_q, end_excl, end_dash, end_ellip;
	uint8_t start_quote, start_dash, dash_space, start_lower, start_list, indent;
	uint8_t url, email, handle, copy, emoji, time, loading;
	char head[HEADN + 1]; /* lower case, runs of space squeezed, NUL-free */
	size_t headn;
	char tail[TAILN + 1]; /* the same for the last bytes of a long line */
	size_t tailn;
	char norm[NORMN + 1]; /* normalised words: "# thoughts on us kills" */
	size_t normn;
	uint8_t normfull; /* norm holds the whole line */
} feat;

static int is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
static unsigned char lower_c(unsigned char c) { return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c; }
static int inword_before(const unsigned char *t, size_t body, size_t i)
{
	return i > body && is_alnum(t[i - 1]);
}
static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

/*
 * How the bytes at t[i..end) start: returns the length of the character
 * and sets *cls: 0 a word byte, 1 a separator, 2 an apostrophe (a word byte
 * between letters). Flags are set on f for the characters that count.
 */
enum { C_WORD = 0, C_SEP = 1, C_APOS = 2 };

static size_t char_class(const unsigned char *t, size_t i, size_t end, int *cls)
{
	unsigned char c = t[i];
	if (c < 0x80) {
		*cls = is_alnum(c) ? C_WORD : (c == '\'' ? C_APOS : C_SEP);
		return 1;
	}
	if (c == 0xE2 && i + 2 < end && t[i + 1] == 0x80) {
		*cls = t[i + 2] == 0x99 ? C_APOS : C_SEP; /* ’ or general punctuation */
		return 3;
	}
	if (c == 0xE2 && i + 2 < end) {
		*cls = C_SEP; /* arrows, symbols, dingbats */
		return 3;
	}
	if (c == 0xC2 && i + 1 < end && (t[i + 1] < 0xC0 && t[i + 1] >= 0xA0)) {
		*cls = C_SEP; /* NBSP, ©, «, », ·, ® ... */
		return 2;
	}
	if (c == 0xF0 && i + 3 < end && t[i + 1] == 0x9F) {
		*cls = C_SEP; /* emoji */
		return 4;
	}
	if (c == 0xEF && i + 2 < end && t[i + 1] == 0xB8) {
		*cls = C_SEP; /* variation selectors */
		return 3;
	}
	*cls = C_WORD; /* other letters, and any invalid byte */
	return 1;
}

static int is_month_or_day(uint32_t b) { return (b & (W_MONTH | W_WDAY)) != 0; }

/* Account for one word t[b..e). */
static void add_word(feat *f, const unsigned char *t, size_t b, size_t e)
{
	char w[16];
	size_t n = 0, letters = 0, upper = 0, lowerc = 0;
	int ascii = 1, digit0 = is_digit(t[b]);
	for (size_t i = b; i < e; i++) {
		unsigned char c = t[i];
		if (c >= 0x80) {
			if (c == 0xE2 && i + 2 < e && t[i + 1] == 0x80 && t[i + 2] == 0x99) {
				if (n < 15)
					w[n] = '\'';
				n++;
				i += 2;
				continue;
			}
			ascii = 0;
			letters++;
			continue;
		}
		if (is_alpha(c)) {
			letters++;
			if (c <= 'Z')
				upper++;
			else
				lowerc++;
		}
		if (n < 15)
			w[n] = (char)lower_c(c);
		n++;
	}
	f->nw++;
	uint32_t bits = 0;
	int allcaps = letters >= 2 && upper == letters;
	if (ascii && n <= 15 && n > 0) {
		w[n] = '\0';
		bits = word_bits(w);
		/* "US" and "IT" are not pronouns; "I" is, in any case */
		if ((bits & (W_FP2 | W_FPL | W_INF | W_GREET)) && allcaps)
			bits &= ~(uint32_t)(W_FP2 | W_FPL | W_INF | W_GREET);
		if (n == 1 && ((w[0] == 'i') != (t[b] == 'I')))
			bits = 0; /* only "I" is a pronoun: not "i", not the "U" of U.S. */
		/* an -ed word in lower case: a past tense or participle */
		if (n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'd' && w[n - 3] != 'e' && lowerc == letters &&
		    letters > 0)
			f->n_ed++;
	} else {
		n = 0;
	}
	f->bits |= bits;
	if (bits & W_FP1)
		f->n_fp1++;
	if (bits & W_FP2)
		f->n_fp2++;
	if (bits & W_FPL)
		f->n_fpl++;
	if (bits & W_INF)
		f->n_inf++;
	if (bits & W_ATTR)
		f->n_attr++;
	if (bits & W_AUX)
		f->n_aux++;
	if (bits & W_SITE)
		f->n_site++;
	if (bits & W_SOCIAL)
		f->n_social++;
	if (bits & W_SITE2)
		f->n_site2++;
	if (bits & W_MERCH)
		f->n_merch++;
	if (bits & W_BIO)
		f->n_bio++;
	if (bits & W_MEDIA)
		f->n_media++;
	if (bits & W_AGENCY)
		f->n_agency++;
	if (letters >= 3 && upper == letters)
		f->n_allcaps++;
	/* date and time lines */
	int dateok = 0, key = 0;
	if (digit0) {
		dateok = 1;
		size_t nd = 0;
		while (b + nd < e && is_digit(t[b + nd]))
			nd++;
		if (nd == 4 && (t[b] == '1' || t[b] == '2'))
			key = 1; /* a year */
	} else if (bits & (W_MONTH | W_WDAY | W_DATEW | W_DABBR)) {
		dateok = 1;
		key = is_month_or_day(bits) || ((bits & W_DABBR) && t[b] >= 'A' && t[b] <= 'Z') || (n == 3 && !memcmp(w, "ago", 3)) ||
		      (n == 5 && !memcmp(w, "today", 5)) || (n == 9 && !memcmp(w, "yesterday", 9));
	} else if (ascii && n == 3 && !memcmp(w, "may", 3) && t[b] == 'M') {
		dateok = key = 1;
	} else if (ascii && n == 1) {
		dateok = 1; /* a.m., p.m., initials */
	} else if (ascii && n == 7 && !memcmp(w, "loading", 7)) {
		dateok = 1;
	}
	f->n_date += (uint32_t)dateok;
	f->n_datekey += (uint32_t)key;
	if (f->nfirst < NFIRST) {
		uint32_t k = f->nfirst++;
		if (n > 0 && n <= 15)
			memcpy(f->first[k], w, n + 1);
		else
			f->first[k][0] = '\0';
		f->first_bits[k] = bits;
		f->first_cap[k] = (uint8_t)(t[b] >= 'A' && t[b] <= 'Z');
	}
}

static void put_head(feat *f, unsigned char c)
{
	if (c == ' ' && (f->headn == 0 || f->head[f->headn - 1] == ' '))
		return;
	if (f->headn < HEADN)
		f->head[f->headn++] = (char)c;
}

static void put_norm(feat *f, unsigned char c)
{
	if (c == ' ' && (f->normn == 0 || f->norm[f->normn - 1] == ' '))
		return;
	if (c == '#' && f->normn > 0 && f->norm[f->normn - 1] == '#')
		return;
	if (f->normn < NORMN)
		f->norm[f->normn++] = (char)c;
	else
		f->normfull = 0;
}

/* Lower-case ASCII form of a character for the head/tail windows. */
static unsigned char head_byte(unsigned char c)
{
	if (c == 0 || is_space(c))
		return ' ';
	return lower_c(c);
}

static void features(feat *f, const unsigned char *t, size_t off, size_t end)
{
	memset(f, 0, offsetof(feat, head));
	f->headn = f->tailn = f->normn = 0;
	f->normfull = 1;
	size_t i = off;
	/* indentation, bullets and dashes before the first word */
	while (i < end && is_space(t[i])) {
		if (i - off >= 2)
			f->indent = 1;
		i++;
	}
	for (;;) {
		if (i + 2 < end && t[i] == 0xE2 && t[i + 1] == 0x80 &&
		    (t[i + 2] == 0x94 || t[i + 2] == 0x93 || t[i + 2] == 0xA2)) {
			if (t[i + 2] != 0xA2)
				f->start_dash = 1;
			i += 3;
		} else if (i < end && (t[i] == '-' || t[i] == '*')) {
			if (t[i] == '-')
				f->start_dash = 1;
			i++;
		} else {
			break;
		}
		if (i < end && is_space(t[i]))
			f->dash_space = 1;
		while (i < end && is_space(t[i]))
			i++;
	}
	/* "1." "12)" list numbers */
	{
		size_t k = i;
		while (k < end && k - i < 4 && is_digit(t[k]))
			k++;
		if (k > i && k + 1 < end && (t[k] == '.' || t[k] == ')') && is_space(t[k + 1]))
			f->start_list = 1;
	}
	if (i < end && (t[i] == '"' || t[i] == '\'' ||
	                (i + 2 < end && t[i] == 0xE2 && t[i + 1] == 0x80 &&
	                 (t[i + 2] == 0x9C || t[i + 2] == 0x98))))
		f->start_quote = 1;
	size_t body = i; /* first byte after indentation and bullets */

	/* the end of the line: closing quotes and brackets, then punctuation */
	size_t e = end;
	while (e > body && is_space(t[e - 1]))
		e--;
	{
		size_t k = e;
		for (;;) {
			if (k > body && (t[k - 1] == '"' || t[k - 1] == '\'' || t[k - 1] == ')' ||
			                 t[k - 1] == ']'))
				k--;
			else if (k >= body + 3 && t[k - 3] == 0xE2 && t[k - 2] == 0x80 &&
			         (t[k - 1] == 0x9D || t[k - 1] == 0x99))
				k -= 3;
			else
				break;
		}
		if (k > body) {
			unsigned char c = t[k - 1];
			if (c == '.' || c == '!' || c == '?')
				f->end_sent = 1;
			f->end_q = c == '?';
			f->end_excl = c == '!';
			f->end_colon = c == ':';
			f->end_dash = c == '-';
			f->end_ellip = c == '.' && ((k >= body + 2 && t[k - 2] == '.') ||
			                            (k >= body + 4 && t[k - 4] == 0xE2 && t[k - 3] == 0x80 &&
			                             t[k - 2] == 0xA6));
			if (k >= body + 3 && t[k - 3] == 0xE2 && t[k - 2] == 0x80) {
				if (t[k - 1] == 0xA6)
					f->end_sent = f->end_ellip = 1; /* … */
				if (t[k - 1] == 0x94 || t[k - 1] == 0x93)
					f->end_dash = 1;
			}
		}
	}

	/* one pass over the words */
	size_t wb = 0;
	int inword = 0;
	unsigned char prev = ' ';
	size_t nrun = 0; /* length of the run of '!' or '?' */
	unsigned char runc = 0;
	for (i = body; i < e;) {
		int cls;
		size_t k = char_class(t, i, e, &cls);
		unsigned char c = t[i];
		if (cls == C_APOS) {
			/* an apostrophe inside a word, followed by a letter */
			int next_alpha = i + k < e && (is_alpha(t[i + k]) || t[i + k] >= 0xC0);
			cls = (inword && next_alpha) ? C_WORD : C_SEP;
		}
		if (cls == C_WORD) {
			if (!inword) {
				wb = i;
				inword = 1;
			}
		} else if (inword) {
			add_word(f, t, wb, i);
			inword = 0;
		}
		/* punctuation and symbols */
		if (c == '!' || c == '?') {
			if (runc == c || (runc && nrun)) {
				nrun++;
				if (nrun == 2) {
					if (c == '!')
						f->n_excl2++;
					else
						f->n_q2++;
				}
			} else {
				nrun = 1;
			}
			runc = c;
		} else {
			nrun = 0;
			runc = 0;
		}
		if (c == '.' && i + 2 < e && t[i + 1] == '.' && t[i + 2] == '.' && prev != '.')
			f->n_ellip++;
		if (c == 0xE2 && k == 3 && t[i + 1] == 0x80) {
			if (t[i + 2] == 0xA6)
				f->n_ellip++;
			if (t[i + 2] == 0x9C || t[i + 2] == 0x9D)
				f->n_quote++;
		}
		if (c == '"')
			f->n_quote++;
		if (c == 0xC2 && k == 2 && t[i + 1] == 0xA9)
			f->copy = 1;
		if (k == 4 || (c == 0xE2 && k == 3 && t[i + 1] >= 0x98 && t[i + 1] <= 0x9E))
			f->emoji = 1;
		if (c == ':' && i > body && is_digit(t[i - 1]) && i + 1 < e && is_digit(t[i + 1]))
			f->time = 1;
		if (c == '@') {
			if (i > body && is_alnum(t[i - 1]) && i + 1 < e && is_alnum(t[i + 1]))
				f->email = 1;
			else if (i + 1 < e && (is_alnum(t[i + 1]) || t[i + 1] == '_'))
				f->handle = 1;
		}
		if ((c == 'h' || c == 'w') && !inword_before(t, body, i) &&
		    ((i + 7 <= e && !memcmp(t + i, "http://", 7)) || (i + 8 <= e && !memcmp(t + i, "https://", 8)) ||
		     (i + 4 <= e && !memcmp(t + i, "www.", 4))))
			f->url = 1;
		prev = c;
		i += k;
	}
	if (inword)
		add_word(f, t, wb, e);

	/* the head and tail windows, and the normalised form */
	for (i = body; i < e && f->headn < HEADN; i++) {
		unsigned char c = t[i];
		if (c == 0xE2 && i + 2 < e && t[i + 1] == 0x80 && t[i + 2] == 0x99) {
			put_head(f, '\'');
			i += 2;
			continue;
		}
		put_head(f, head_byte(c));
	}
	f->head[f->headn] = '\0';
	if (e - body > HEADN) {
		size_t s = e - TAILN;
		while (s < e && (t[s] & 0xC0) == 0x80)
			s++;
		for (i = s; i < e && f->tailn < TAILN; i++) {
			unsigned char c = head_byte(t[i]);
			if (!(c == ' ' && (f->tailn == 0 || f->tail[f->tailn - 1] == ' ')))
				f->tail[f->tailn++] = (char)c;
		}
	}
	f->tail[f->tailn] = '\0';
	for (i = body; i < e && f->normfull; i++) {
		unsigned char c = t[i];
		if (is_alpha(c))
			put_norm(f, lower_c(c));
		else if (is_digit(c))
			put_norm(f, '#');
		else if (c == '\'' && f->normn > 0 && f->norm[f->normn - 1] != ' ' && i + 1 < e && is_alpha(t[i + 1]))
			put_norm(f, '\'');
		else if (c == 0xE2 && i + 2 < e && t[i + 1] == 0x80 && t[i + 2] == 0x99 && f->normn > 0 &&
		         f->norm[f->normn - 1] != ' ' && i + 3 < e && is_alpha(t[i + 3])) {
			put_norm(f, '\'');
			i += 2;
		} else if (c >= 0x80)
			f->normfull = 0; /* non-ASCII: no whole-line phrase */
		else
			put_norm(f, ' ');
	}
	while (f->normn > 0 && f->norm[f->normn - 1] == ' ')
		f->normn--;
	f->norm[f->normn] = '\0';

	if (f->nfirst > 0 && body < e && t[body] >= 'a' && t[body] <= 'z')
		f->start_lower = 1;
	f->loading = strstr(f->head, "loading...") != NULL || strstr(f->head, "loading\xe2") != NULL;
}

/* ---- one line on its own ------------------------------------------------------ */

enum {
	F_HDR = 1u << 0,     /* a comment-thread header: "12 thoughts on ..." */
	F_FORM = 1u << 1,    /* comment-form text: "Leave a Reply" */
	F_CFURN = 1u << 2,   /* comment furniture: "Reply", "3 likes" */
	F_TS = 1u << 3,      /* a time stamp line: "January 5, 2020 at 3:14 pm" */
	F_SAYS = 1u << 4,    /* a commenter's name line: "Jane says:" */
	F_LINKHDR = 1u << 5, /* heads a list of links: "Related", "More" */
	F_STRONG = 1u << 6,  /* boilerplate that may close a page (footer grade) */
	F_BIO = 1u << 7,     /* reads like an author bio */
	F_SNP = 1u << 8,     /* short, no sentence punctuation (title, link) */
	F_SUBST = 1u << 9,   /* a substantial sentence line */
	F_BLANK = 1u << 10
};

typedef struct cline {
	uint32_t off, next; /* the line is text[off..next), newline included */
	uint32_t flags;
	int32_t cs;    /* comment score, in quarter points */
	uint8_t kind;  /* dyad_span_kind */
} cline;

/* Does the head start with p, ending at a word boundary? */
static int pre(const feat *f, const char *p)
{
	size_t n = strlen(p);
	if (f->headn < n || memcmp(f->head, p, n) != 0)
		return 0;
	unsigned char last = (unsigned char)p[n - 1];
	if (!is_alnum(last))
		return 1;
	return f->headn == n || !is_alnum((unsigned char)f->head[n]);
}

static int pre_any(const feat *f, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (f->head[0] == list[i][0] && pre(f, list[i]))
			return 1;
	return 0;
}

/* Does p occur in the head or tail window? */
static int has(const feat *f, const char *p)
{
	return strstr(f->head, p) != NULL || (f->tailn && strstr(f->tail, p) != NULL);
}

static int has_any(const feat *f, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (has(f, list[i]))
			return 1;
	return 0;
}

static int npre(const feat *f, const char *p)
{
	size_t n = strlen(p);
	return f->normn >= n && memcmp(f->norm, p, n) == 0 && (f->normn == n || f->norm[n] == ' ');
}

static int nsuffix(const feat *f, const char *p)
{
	size_t n = strlen(p);
	return f->normfull && f->normn >= n && memcmp(f->norm + f->normn - n, p, n) == 0 &&
	       (f->normn == n || f->norm[f->normn - n - 1] == ' ');
}

#define PRE_ANY(f, list) pre_any(f, list, NELEM(list))
#define HAS_ANY(f, list) has_any(f, list, NELEM(list))

/* Comment-thread headers that carry a count: "18 thoughts on “Title”". */
static const char *const hdr_norm[] = {
	"# thoughts on", "# thought on", "one thought on", "# responses to", "one response to",
	"# response to", "# comments on", "# comments to", "# comment on", "# replies to",
	"one reply to",  "# reactions to", "# comments for", "comments on", "responses to",
	"# responses on"};

/* Comment-form text. */
static const char *const form_pre[] = {
	"your email address will not be published", "required fields are marked", "notify me of",
	"save my name", "you must be logged in", "log in to reply", "login to reply",
	"log in to comment", "sign in to comment", "this site uses akismet", "comments are moderated",
	"leave a reply", "leave a comment", "post a comment", "speak your mind", "add a comment",
	"please read our comment", "we welcome your comments", "to post a comment", "commenting is",
	"comments are closed", "comments for this", "you must log in", "please log in to",
	"your comment", "click here to cancel reply", "cancel reply", "join the discussion",
	"join the conversation", "show comments", "view comments", "load comments"};

/* Credits and author lines. */
static const char *const byline_pre[] = {
	"written by", "posted by", "story by", "words by", "text by", "reporting by",
	"additional reporting", "with additional reporting", "with reporting by",
	"with reporting from", "with assistance by", "with assistance from", "editing by",
	"edited by", "compiled by", "contributing:", "contributors:", "contributor:", "author:",
	"authors:", "about the author", "from staff reports", "staff and wire reports",
	"wire reports", "associated press writer", "the associated press contributed",
	"this article is based", "this story is based", "this report is based", "the views expressed",
	"the opinions expressed", "views expressed", "opinions expressed", "the writer of this",
	"the author of this", "follow him on", "follow her on", "follow them on", "reach him at",
	"reach her at", "email him at", "email her at", "contact the author", "contact the writer",
	"contact the reporter", "(reporting by", "compiled from"};
static const char *const byline_short_pre[] = {"written on", "posted on", "published on",
                                               "last updated", "updated on", "published:",
                                               "updated:", "posted:"};
static const char *const byline_has[] = {
	"contributed to this report", "contributed to this story", "contributed to this article",
	"contributed reporting", "contributed to the report", "contributing:", "contributing writer",
	"contributing editor", "staff writer", "can be reached at", "is the author of",
	"latest book", "follow him on twitter", "follow her on twitter", "based in part on wire",
	"editing by", "reporting by"};
static const char *const bio_has[] = {" is a ", " is an ", " is the ", " was a ", " was the ",
                                      " serves as ", " has been a ", " writes about "};

/* Captions: what a caption line starts with, and credits inside a line. */
static const char *const cap_pre[] = {
	"enlarge this image", "toggle caption", "hide caption", "image caption", "media caption",
	"photo caption", "caption:", "photo:", "photos:", "image:", "images:", "picture:",
	"pictures:", "photograph:", "credit:", "photo credit", "image credit", "photo by ",
	"photos by ", "photo courtesy", "image courtesy", "video:", "watch:", "watch the video",
	"watch video", "watch the full", "(photo", "[photo", "(image", "[image", "(video", "[video",
	"pictured:", "pictured above", "pictured below", "above:", "below:", "top:", "bottom:",
	"left:", "right:", "from left", "from l-r", "l-r:", "file photo", "file image", "file -",
	"screenshot", "screen grab", "a screenshot", "a still from", "still from", "the video above",
	"the video below", "the above video", "the following video", "video above", "video below",
	"photo above", "slideshow", "gallery:", "audio:", "listen:"};
static const char *const credit_has[] = {
	"photo:", "photos:", "image:", "picture:", "photograph:", "credit:", "credits:", "photo by ",
	"photo courtesy", "image courtesy", "courtesy of", "getty images", "/getty", "(ap photo",
	"ap photo/", "ap photo /", "/ap)", "/ ap)", ", ap)", "afp/", "/afp", "afp via", "reuters/",
	"/reuters", "| reuters", "via reuters", "via ap", "via getty", "epa/", "/epa", "epa-efe",
	"shutterstock", "istock", "/landov", "image copyright", "(photo", "handout photo",
	"handout via", "handout/"};

/* Boilerplate that a line starts with. */
static const char *const bp_pre[] = {
	"read more", "read next", "read also", "also read", "related:", "related coverage",
	"related content", "related articles", "related stories", "related story",
	"related reading", "see also", "go deeper", "more:", "story:", "stories:",
	"listen to article", "listen to this", "full coverage", "recommended:",
	"recommended for you", "click here", "click for", "click to", "tap here", "sign up",
	"subscribe", "follow us", "like us on", "share this", "share on", "share via",
	"read or share", "tags:", "tag:", "topics:", "filed under", "categories:", "category:",
	"posted in", "correction:", "corrections:", "clarification:", "editor's note",
	"editors' note", "editors note", "advertisement", "sponsored", "skip to", "skip ad",
	"newsletter", "don't miss", "most read", "trending:", "watch live", "watch special",
	"originally published", "this article was originally", "this story was originally",
	"this article originally", "this article first", "this story first", "a version of this",
	"an earlier version of this", "this article has been", "this story has been updated",
	"this article is more than", "we use cookies", "by using this", "by continuing",
	"please enable", "please disable", "you are using", "your browser", "support our",
	"become a member", "become a subscriber", "get our", "download our", "download the",
	"get the latest", "breaking news alerts", "get breaking", "for graphic", "for interactive",
	"for a graphic", "(photos:", "( photos:", "(video:", "( video:", "copyright", "\xc2\xa9",
	"(c) ", "all rights reserved", "the post "};
/* Site prompts that need a site word, a link, an address or a handle too. */
static const char *const bp_pre_weak[] = {
	"visit", "catch", "get the", "go inside", "for more", "to read more", "to get", "find us",
	"join us", "check out", "don't forget", "want to", "do you", "are you", "have a tip",
	"got a tip", "tell us", "send us", "contact", "email", "write to", "listen", "watch"};

static int news_caption(const feat *f)
{
	/* a caption that reports an event in a sentence is kept as story */
	return f->nw >= 12 && (f->n_aux + f->n_ed + f->n_attr) >= 1;
}

/* Does the line start with "this/in this/the above ... <media word>"? */
static int media_deixis(const feat *f)
{
	uint32_t k = 0;
	if (f->nfirst >= 2 && !strcmp(f->first[0], "in") && !strcmp(f->first[1], "this"))
		k = 2;
	else if (f->nfirst >= 1 && !strcmp(f->first[0], "this"))
		k = 1;
	else
		return 0;
	for (uint32_t j = k; j < f->nfirst && j < k + 4; j++)
		if (f->first_bits[j] & W_MEDIA)
			return 1;
	return 0;
}

static int date_line(const feat *f)
{
	return f->nw >= 1 && f->nw <= 16 && f->n_date == f->nw && f->n_datekey >= 1;
}

/* "WASHINGTON (Reuters) -", "BEIJING —": a dateline with nothing after. */
static int place_dateline(const feat *f)
{
	if (f->nw == 0 || f->nw > 6 || f->n_allcaps == 0 || !f->first_cap[0])
		return 0;
	if (f->end_dash)
		return 1;
	static const char *const agencies[] = {"(reuters)", "(ap)", "(afp)", "(upi)", "(cnn)",
	                                       "(xinhua)", "(ians)", "(bloomberg)", "(dpa)"};
	size_t n = f->headn;
	for (size_t i = 0; i < NELEM(agencies); i++) {
		size_t m = strlen(agencies[i]);
		if (n >= m && !memcmp(f->head + n - m, agencies[i], m))
			return 1;
	}
	return 0;
}

static int byline_by(const feat *f)
{
	if (f->nfirst < 2 || strcmp(f->first[0], "by") != 0 || !f->first_cap[0])
		return 0;
	if (f->nw > 20 || (f->end_sent && f->nw > 8))
		return 0;
	if (!f->first_cap[1] || (f->first_bits[1] & (W_MONTH | W_WDAY | W_DABBR)))
		return 0;
	if (f->nfirst >= 3 && !f->first_cap[2] && f->nw > 3)
		return 0;
	return 1;
}

/* The kind of a line seen alone, and its flags. */
static int guess(const feat *f, uint32_t *flags)
{
	uint32_t fl = 0;
	if (f->nw >= 8 && (f->end_sent || f->end_colon))
		fl |= F_SUBST;
	if (f->nw > 0 && f->nw <= 16 && !f->end_sent && !f->end_colon)
		fl |= F_SNP;
	*flags = fl;

	if (f->nw == 0) {
		/* rules, ornaments, a lone symbol */
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	/* whole-line phrases */
	if (f->normfull && f->nw <= 12) {
		switch (phrase_kind(f->norm)) {
		case P_BP:
			*flags |= F_STRONG;
			return DYAD_SPAN_BOILERPLATE;
		case P_LINKHDR:
			*flags |= F_STRONG | F_LINKHDR;
			return DYAD_SPAN_BOILERPLATE;
		case P_CAPTION:
			return DYAD_SPAN_CAPTION;
		case P_HDR:
			*flags |= F_HDR;
			return DYAD_SPAN_BOILERPLATE;
		case P_FORM:
			*flags |= F_FORM | F_STRONG;
			return DYAD_SPAN_BOILERPLATE;
		case P_CFURN:
			*flags |= F_CFURN;
			return DYAD_SPAN_BOILERPLATE;
		default:
			break;
		}
	}
	if (f->nw <= 30) {
		for (size_t i = 0; i < NELEM(hdr_norm); i++)
			if (npre(f, hdr_norm[i]) && (hdr_norm[i][0] == '#' || hdr_norm[i][0] == 'o' || f->nw <= 12)) {
				*flags |= F_HDR;
				return DYAD_SPAN_BOILERPLATE;
			}
	}
	if (f->nw <= 60 && PRE_ANY(f, form_pre)) {
		*flags |= F_FORM | F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->nw <= 6 && nsuffix(f, "says") && f->end_colon) {
		*flags |= F_SAYS;
		return DYAD_SPAN_BODY;
	}
	/* dates and time stamps */
	if (date_line(f)) {
		if (f->time || has(f, " ago") || has(f, " pm") || has(f, " am") || has(f, "p.m") ||
		    has(f, "a.m"))
			*flags |= F_TS;
		if (PRE_ANY(f, byline_short_pre))
			return DYAD_SPAN_BYLINE;
		return DYAD_SPAN_DATELINE;
	}
	if (place_dateline(f))
		return DYAD_SPAN_DATELINE;
	/* copyright before credits: "Copyright © 2019 ..." */
	if (PRE_ANY(f, bp_pre) && f->nw <= 60) {
		*flags |= F_STRONG;
		if (f->end_colon && f->nw <= 8)
			*flags |= F_LINKHDR;
		return DYAD_SPAN_BOILERPLATE;
	}
	if ((f->copy && f->nw <= 25) || (f->nw <= 40 && has(f, "all rights reserved"))) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	/* bylines and credits */
	if (byline_by(f))
		return DYAD_SPAN_BYLINE;
	if (f->nw <= 12 && PRE_ANY(f, byline_short_pre))
		return DYAD_SPAN_BYLINE;
	if (f->nw <= 45 && (PRE_ANY(f, byline_pre) || HAS_ANY(f, byline_has)))
		return DYAD_SPAN_BYLINE;
	if (f->start_dash && f->first_cap[0] && !f->end_sent && ((!f->dash_space && f->nw <= 20) || f->nw <= 6))
		return DYAD_SPAN_BYLINE;
	/* captions */
	if (PRE_ANY(f, cap_pre) || media_deixis(f))
		return DYAD_SPAN_CAPTION;
	if (f->nw <= 90 && (f->n_agency || f->n_media || f->copy || has(f, "credit") || has(f, "courtesy")) &&
	    HAS_ANY(f, credit_has) && !news_caption(f))
		return DYAD_SPAN_CAPTION;
	/* boilerplate */
	if (f->n_site2 && f->nw <= 40) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->nw <= 50 && f->n_attr == 0 && (f->n_site || f->n_social || f->url || f->email || f->handle) &&
	    PRE_ANY(f, bp_pre_weak)) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->n_site && f->nw <= 35 && f->n_attr == 0 &&
	    ((f->first_bits[0] & W_IMPER) || f->n_fp2 || f->n_fpl)) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->loading && f->nw <= 6) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->n_merch && f->nw <= 8 && !f->end_sent) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->url && f->nw <= 10) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->email && f->n_attr == 0 && f->nw <= 40 &&
	    (has(f, "contact") || has(f, "reach") || has(f, "email") || has(f, "e-mail") || has(f, "write to")))
		return DYAD_SPAN_BOILERPLATE;
	if (f->nw <= 30 && nsuffix(f, "read more"))
		return DYAD_SPAN_BOILERPLATE;
	if (f->end_colon && f->nw <= 3 && f->n_allcaps == f->nw)
		return DYAD_SPAN_BOILERPLATE; /* a section label: "ANALYSIS/OPINION:" */
	if (f->headn >= 2 && (f->head[0] == '[' || f->head[0] == '{') && f->nw <= 3 &&
	    (f->head[f->headn - 1] == ']' || f->head[f->headn - 1] == '}'))
		return DYAD_SPAN_BOILERPLATE; /* template residue: "[pullquote]" */
	if (f->nw <= 70 && f->n_bio && f->n_attr == 0 && f->first_cap[0] && HAS_ANY(f, bio_has))
		*flags |= F_BIO;
	return DYAD_SPAN_BODY;
}

/* Two-word openers of a reader's remark: "Good evening", "Well said". */
static int greeting(const feat *f)
{
	static const char *const g[][2] = {
		{"good", "morning"}, {"good", "evening"}, {"good", "afternoon"}, {"good", "night"},
		{"good", "day"},     {"good", "article"}, {"great", "article"}, {"nice", "article"},
		{"well", "said"},    {"spot", "on"},      {"thank", "you"},     {"hear", "hear"},
		{"so", "true"},      {"good", "post"},    {"great", "post"},    {"good", "job"},
		{"great", "job"},    {"good", "read"},    {"great", "read"},    {"good", "luck"}};
	if (f->nfirst < 2)
		return 0;
	for (size_t i = 0; i < NELEM(g); i++)
		if (!strcmp(f->first[0], g[i][0]) && !strcmp(f->first[1], g[i][1]))
			return 1;
	return 0;
}

/*
 * How much a body line reads like a reader's comment rather than reporting,
 * in quarter points; positive means comment-like. A neutral line scores
 * about -1 point (the baseline), reporting scores lower.
 */
static int32_t comment_score(const feat *f)
{
	int32_t s = -4;
	int quoted = f->start_quote || (f->n_quote >= 2 && f->n_attr > 0);
	if (f->n_fp1 && !quoted)
		s += 8;
	if (f->n_fp2 && !quoted)
		s += 6;
	if (f->n_fpl && !quoted)
		s += 2;
	s += (int32_t)(f->n_inf < 2 ? f->n_inf : 2) * 8;
	if (f->nfirst && (f->first_bits[0] & W_GREET))
		s += 8;
	else if (greeting(f))
		s += 8;
	if (f->n_excl2 || f->n_q2)
		s += 8;
	if (f->n_ellip)
		s += 4;
	if (f->end_ellip)
		s += 2;
	if (f->end_q)
		s += 4;
	if (f->end_excl)
		s += 2;
	if (f->start_lower)
		s += 6;
	if (!f->end_sent && !f->end_colon && f->nw >= 4)
		s += 2;
	if (f->emoji)
		s += 8;
	if (f->handle)
		s += 2;
	if (f->nw >= 3 && f->n_allcaps * 3 >= f->nw)
		s += 4;
	if (f->nw <= 6 && f->end_sent)
		s += 2;
	if (f->n_attr)
		s -= f->n_attr >= 2 ? 12 : 8;
	if (f->start_quote)
		s -= 4;
	if (f->bits & (W_MONTH | W_WDAY))
		s -= 4;
	if (f->nw >= 40 && s <= 0)
		s -= 4;
	return s;
}

/* ---- the page as a whole ------------------------------------------------------- */

/* Tuning of the comment-run detector, in quarter points. */
#define RUN_WINDOW 6       /* a cluster: this many lines ... */
#define RUN_MIN_POS 3      /* ... of which this many read like comments */
#define RUN_MIN_LINES 4    /* the run has at least 4 lines */
#define RUN_MIN_MEAN (-2)  /* averaging at least -0.5 a line */
#define RUN_MAX_BODY_MEAN (-4) /* the story before it averages -1 or less */
#define RUN_MIN_GAP 3      /* and the run averages 0.75 more than the story */
#define MIN_STORY_LINES 2  /* a thread needs this many story sentences before it */

/*
 * A run of comment-like lines that goes on to `end`: the first line that
 * opens a cluster of comment-like lines (RUN_WINDOW lines holding at least
 * RUN_MIN_POS of them) after the story, provided that from there to `end`
 * the lines read on average clearly more like comments than the story
 * before. Returns end when there is none.
 */
static size_t comment_run(const cline *L, const uint32_t *nsub, const uint32_t *nwords, size_t end)
{
	int64_t total = 0, ntotal = 0;
	for (size_t i = 0; i < end; i++)
		if (!(L[i].flags & F_BLANK) && L[i].kind == DYAD_SPAN_BODY) {
			total += L[i].cs;
			ntotal++;
		}
	int64_t pre = 0, npre = 0;
	for (size_t i = 0; i < end; i++) {
		if (L[i].flags & F_BLANK || L[i].kind != DYAD_SPAN_BODY)
			continue;
		if (L[i].cs > 0 && nsub[i] >= MIN_STORY_LINES + 1) {
			int pos = 0, seen = 0;
			for (size_t j = i; j < end && seen < RUN_WINDOW; j++) {
				if (L[j].flags & F_BLANK || L[j].kind != DYAD_SPAN_BODY)
					continue;
				seen++;
				pos += L[j].cs > 0;
			}
			int64_t suf = total - pre, nsuf = ntotal - npre;
			/* means compared without division: suf/nsuf vs pre/npre */
			if (pos >= RUN_MIN_POS && nsuf >= RUN_MIN_LINES && npre > 0 &&
			    suf >= RUN_MIN_MEAN * nsuf && pre <= RUN_MAX_BODY_MEAN * npre &&
			    suf * npre - pre * nsuf >= RUN_MIN_GAP * nsuf * npre) {
				size_t besti = i;
				/* a short neutral remark just before the run opens it */
				for (int k = 0; k < 2 && besti > 0; k++) {
					size_t j = besti;
					while (j > 0 && (L[j - 1].flags & F_BLANK))
						j--;
					if (j == 0 || L[j - 1].kind != DYAD_SPAN_BODY || L[j - 1].cs < -4 ||
					    nwords[j - 1] > 8 || nsub[j - 1] < MIN_STORY_LINES + 1)
						break;
					besti = j - 1;
				}
				return besti;
			}
		}
		pre += L[i].cs;
		npre++;
	}
	return end;
}

size_t dyad_clean(dyad_arena *a, const char *text, size_t len, dyad_textspan **out)
{
	*out = NULL;
	if (len == 0)
		return 0;
	if (len > UINT32_MAX)
		return (size_t)-1;
	const unsigned char *t = (const unsigned char *)text;
	size_t n = 0;
	for (const unsigned char *p = t, *e = t + len; p < e;) {
		const unsigned char *q = memchr(p, '\n', (size_t)(e - p));
		n++;
		if (!q)
			break;
		p = q + 1;
	}
	if (n > SIZE_MAX / (sizeof(cline) + 2 * sizeof(uint32_t)))
		return (size_t)-1;
	cline *L = dyad_arena_alloc(a, n * sizeof *L);
	uint32_t *nsub = dyad_arena_alloc(a, n * sizeof *nsub);   /* story sentences before */
	uint32_t *nwords = dyad_arena_alloc(a, n * sizeof *nwords);
	if (!L || !nsub || !nwords)
		return (size_t)-1;

	/* pass 1: every line alone */
	feat f;
	size_t off = 0;
	uint32_t story = 0;
	for (size_t i = 0; i < n; i++) {
		const unsigned char *q = memchr(t + off, '\n', len - off);
		size_t end = q ? (size_t)(q - t) : len;
		size_t next = q ? end + 1 : len;
		L[i].off = (uint32_t)off;
		L[i].next = (uint32_t)next;
		L[i].cs = 0;
		size_t k = off;
		while (k < end && (is_space(t[k]) || t[k] == 0 ||
		                   (t[k] == 0xC2 && k + 1 < end && t[k + 1] == 0xA0 && ++k)))
			k++;
		nsub[i] = story;
		if (k >= end) {
			L[i].flags = F_BLANK;
			L[i].kind = DYAD_SPAN_BODY;
			nwords[i] = 0;
		} else {
			features(&f, t, off, end);
			uint32_t fl;
			L[i].kind = (uint8_t)guess(&f, &fl);
			L[i].flags = fl;
			nwords[i] = f.nw;
			if (L[i].kind == DYAD_SPAN_BODY)
				L[i].cs = comment_score(&f);
			if (L[i].kind == DYAD_SPAN_BODY && (fl & F_SUBST))
				story++;
		}
		off = next;
	}

	/* pass 2: where does a comment thread start? */
	size_t hdr = n, form = n, furn = n;
	for (size_t i = 0; i < n; i++) {
		uint32_t fl = L[i].flags;
		if (fl & F_BLANK || nsub[i] < MIN_STORY_LINES)
			continue;
		if ((fl & F_HDR) && hdr == n)
			hdr = i;
		if ((fl & F_FORM) && form == n)
			form = i;
		if ((fl & (F_TS | F_SAYS | F_CFURN)) && furn == n) {
			/* furniture: at least two of it within the next 8 lines, one a
			 * name or a reply button */
			int cnt = 0, strong = 0, seen = 0;
			for (size_t j = i; j < n && seen < 8; j++) {
				if (L[j].flags & F_BLANK)
					continue;
				seen++;
				if (L[j].flags & (F_TS | F_SAYS | F_CFURN)) {
					cnt++;
					if (L[j].flags & (F_SAYS | F_CFURN))
						strong = 1;
				}
			}
			if (cnt >= 3 || (cnt >= 2 && strong)) {
				furn = i;
				/* the commenter's name just above */
				size_t j = i;
				while (j > 0 && (L[j - 1].flags & F_BLANK))
					j--;
				if (j > 0 && nwords[j - 1] <= 4 && (L[j - 1].flags & F_SNP) &&
				    L[j - 1].kind == DYAD_SPAN_BODY)
					furn = j - 1;
			}
		}
	}
	size_t thr = hdr < form ? hdr : form;
	if (furn < thr)
		thr = furn;
	size_t run = comment_run(L, nsub, nwords, thr);
	size_t start = run < thr ? run : thr; /* first line of the thread */
	size_t cstart = start;                /* first line marked comment */
	if (start == form && form < hdr && form < run) {
		/* the comment form before the comments stays boilerplate */
		while (cstart < n && ((L[cstart].flags & F_BLANK) ||
		                      (L[cstart].kind != DYAD_SPAN_BODY && !(L[cstart].flags & F_HDR))))
			cstart++;
	}

	/* pass 3: the story part */
	int inlist = 0;
	for (size_t i = 0; i < start; i++) {
		uint32_t fl = L[i].flags;
		if (fl & F_BLANK)
			continue;
		if (fl & F_LINKHDR) {
			inlist = 1;
			continue;
		}
		if (inlist) {
			if ((L[i].kind == DYAD_SPAN_BODY && (fl & F_SNP)) ||
			    L[i].kind == DYAD_SPAN_BOILERPLATE) {
				L[i].kind = DYAD_SPAN_BOILERPLATE;
				continue;
			}
			inlist = 0;
		}
		/* thread furniture that did not make a thread */
		if (fl & F_HDR)
			L[i].kind = DYAD_SPAN_BOILERPLATE;
	}
	/* author bios among the last lines of the story */
	for (size_t i = start, seen = 0; i-- > 0 && seen < 3;) {
		if (L[i].flags & F_BLANK)
			continue;
		seen++;
		if ((L[i].flags & F_BIO) && L[i].kind == DYAD_SPAN_BODY)
			L[i].kind = DYAD_SPAN_BYLINE;
	}
	/* the thread, up to a closing footer */
	if (start < n) {
		size_t foot = n;
		for (size_t i = n; i-- > cstart;) {
			if (L[i].flags & F_BLANK)
				continue;
			if (!(L[i].flags & (F_STRONG | F_FORM)))
				break;
			foot = i;
		}
		for (size_t i = cstart; i < n; i++)
			L[i].kind = i >= foot ? DYAD_SPAN_BOILERPLATE : DYAD_SPAN_COMMENT;
	}

#ifdef DYAD_CLEAN_TRACE
	for (size_t i = 0; i < n; i++)
		if (!(L[i].flags & F_BLANK))
			DYAD_CLEAN_TRACE(i, L[i].kind, L[i].flags, L[i].cs, nsub[i], start);
#endif
	/* blank lines join the span before them (the first span at the start) */
	size_t first = 0;
	while (first < n && (L[first].flags & F_BLANK))
		first++;
	uint8_t prev = first < n ? L[first].kind : DYAD_SPAN_BODY;
	size_t nspans = 0;
	for (size_t i = 0; i < n; i++) {
		if (L[i].flags & F_BLANK)
			L[i].kind = prev;
		if (i == 0 || L[i].kind != prev)
			nspans++;
		prev = L[i].kind;
	}
	dyad_textspan *s = dyad_arena_alloc(a, nspans * sizeof *s);
	if (!s)
		return (size_t)-1;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || L[i].kind != s[k - 1].kind) {
			s[k].off = L[i].off;
			s[k].len = 0;
			s[k].kind = L[i].kind;
			k++;
		}
		s[k - 1].len = L[i].next - s[k - 1].off;
	}
	*out = s;
	return k;
}
