/*
 * text/clean.c — labelling the lines of a news page as story or not; see
 * clean.h and docs/cleaning.md (the method, the signals and why).
 *
 * Two passes over the lines. The first computes, for every line, cheap
 * features (words looked up in one sorted word table, punctuation, credits,
 * dates, fixed site phrases) and a guess at its kind, plus a "comment
 * score" (how much the line reads like a reader's remark rather than
 * reporting). The second looks at the page as a whole: interview
 * transcripts (speaker labels seen twice), where a comment thread starts
 * (a thread header, reply/time-stamp furniture, or a run of informal,
 * comment-like lines after a long story), lists of related links after a
 * "Related" header, author names at the top and bios at the end; then
 * adjacent lines of the same kind are merged into spans.
 */
#include "text/clean.h"

#include "text/swar.h"

#include <stddef.h>
#include <string.h>

/* ---- word classes --------------------------------------------------------- */

enum {
	W_FP1 = 1u << 0,     /* first person singular: I, me, my */
	W_FP2 = 1u << 1,     /* second person: you, your */
	W_FPL = 1u << 2,     /* first person plural: we, us, our */
	W_INF = 1u << 3,     /* informal, slang, insults: lol, gonna, idiot */
	W_GREET = 1u << 4,   /* opens a reader's remark: thanks, agreed, wow */
	W_ATTR = 1u << 5,    /* verbs of reporting: said, told, according */
	W_AUX = 1u << 6,     /* a finite verb: is, was, has, will, said, met */
	W_MONTH = 1u << 7,   /* month names */
	W_WDAY = 1u << 8,    /* weekday names */
	W_DATEW = 1u << 9,   /* words that may fill a date/time line: at, pm, ago */
	W_MEDIA = 1u << 10,  /* video, photo, image, footage */
	W_MERCH = 1u << 11,  /* shirt, mug, prints: shop lines */
	W_SITE = 1u << 12,   /* the site itself: subscribe, newsletter, inbox, app */
	W_SITE2 = 1u << 13,  /* only ever site text: akismet, unsubscribe */
	W_AGENCY = 1u << 14, /* photo agencies: getty, afp, reuters, ap */
	W_IMPER = 1u << 15,  /* imperatives that open site prompts: click, sign */
	W_BIO = 1u << 16,    /* author bio nouns: columnist, correspondent */
	W_BYLT = 1u << 17,   /* may start a credit: contributed, staff, reporting */
	W_SOCIAL = 1u << 18, /* social and account words: share, twitter, email */
	W_DABBR = 1u << 19,  /* abbreviated months and weekdays: Jan, Sun */
	W_DET = 1u << 20,    /* may open a remark on the page itself: this, your, great */
	W_META = 1u << 21,   /* the page itself: article, piece, author, thread */
	W_NEWSN = 1u << 22,  /* nouns of reporting: officials, spokesman, statement */
	W_TRIG = 1u << 23,   /* words that call for a phrase test: reserved */
	W_G2 = 1u << 24      /* first words of two-word greetings: good, well */
};

typedef struct wentry {
	const char *w;
	uint32_t bits;
} wentry;

/* Sorted by strcmp (checked by dyad__clean_check_tables()). Words are
 * looked up folded to ASCII lower case, with the typographic apostrophe as
 * '\''. Hyphens and periods split words. */
static const wentry words[] = {
	{"aap", W_AGENCY},
	{"above", W_DET},
	{"according", W_ATTR},
	{"account", W_SOCIAL},
	{"acknowledged", W_ATTR},
	{"ad", W_SITE},
	{"adblock", W_SITE},
	{"adblocker", W_SITE},
	{"added", W_ATTR},
	{"ads", W_SITE},
	{"advertisement", W_SITE},
	{"advertisements", W_SITE},
	{"afp", W_AGENCY},
	{"ago", W_DATEW},
	{"agreed", W_GREET},
	{"akismet", W_SITE2},
	{"alamy", W_AGENCY},
	{"alerts", W_SITE},
	{"alleged", W_ATTR},
	{"am", W_DATEW},
	{"amen", W_GREET},
	{"anadolu", W_AGENCY},
	{"analyst", W_BIO},
	{"announced", W_ATTR},
	{"ap", W_AGENCY},
	{"app", W_SITE | W_SOCIAL},
	{"apparel", W_MERCH},
	{"apps", W_SITE},
	{"apr", W_DABBR},
	{"april", W_MONTH},
	{"are", W_AUX},
	{"arent", W_INF},
	{"article", W_META},
	{"at", W_DATEW},
	{"audio", W_MEDIA},
	{"aug", W_DABBR},
	{"august", W_MONTH},
	{"author", W_BIO | W_BYLT | W_META},
	{"become", W_IMPER},
	{"been", W_AUX},
	{"began", W_AUX},
	{"blog", W_META},
	{"blogger", W_BIO},
	{"book", W_BYLT},
	{"bravo", W_GREET},
	{"brilliant", W_DET | W_GREET},
	{"browser", W_SITE},
	{"bst", W_DATEW},
	{"btw", W_INF},
	{"bullshit", W_INF},
	{"by", W_DATEW},
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
	{"commenter", W_META},
	{"commenters", W_META},
	{"confirmed", W_ATTR},
	{"congrats", W_GREET},
	{"congratulations", W_GREET},
	{"contact", W_IMPER},
	{"contributed", W_BYLT},
	{"contributing", W_BYLT},
	{"contributor", W_BIO},
	{"cookie", W_SITE},
	{"cookies", W_SITE},
	{"corbis", W_AGENCY},
	{"correspondent", W_BIO},
	{"could", W_AUX},
	{"courtesy", W_AGENCY},
	{"coz", W_INF},
	{"crap", W_INF},
	{"credit", W_AGENCY},
	{"credits", W_AGENCY},
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
	{"editing", W_BYLT},
	{"editor", W_BIO},
	{"edt", W_DATEW},
	{"efe", W_AGENCY},
	{"email", W_IMPER | W_SOCIAL},
	{"enter", W_IMPER},
	{"epa", W_AGENCY},
	{"est", W_DATEW},
	{"et", W_DATEW},
	{"exactly", W_GREET},
	{"excellent", W_DET | W_GREET},
	{"explained", W_ATTR},
	{"facebook", W_SOCIAL},
	{"feb", W_DABBR},
	{"february", W_MONTH},
	{"fellow", W_BIO},
	{"find", W_IMPER},
	{"fine", W_DET},
	{"first", W_DATEW},
	{"fled", W_AUX},
	{"flickr", W_AGENCY},
	{"follow", W_IMPER},
	{"footage", W_MEDIA},
	{"fought", W_AUX},
	{"fri", W_DABBR},
	{"friday", W_WDAY},
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
	{"good", W_DET | W_G2},
	{"gotta", W_INF},
	{"graphic", W_MEDIA},
	{"graphics", W_MEDIA},
	{"great", W_DET | W_G2},
	{"guys", W_INF},
	{"ha", W_GREET | W_INF},
	{"had", W_AUX},
	{"haha", W_GREET | W_INF},
	{"hahaha", W_INF},
	{"has", W_AUX},
	{"have", W_AUX},
	{"hear", W_G2},
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
	{"illustration", W_MEDIA},
	{"im", W_FP1},
	{"image", W_MEDIA},
	{"images", W_MEDIA},
	{"imho", W_INF},
	{"imo", W_INF},
	{"inbox", W_SITE},
	{"infographic", W_MEDIA},
	{"insisted", W_ATTR},
	{"instagram", W_SOCIAL},
	{"interesting", W_DET},
	{"is", W_AUX},
	{"isnt", W_INF},
	{"istock", W_AGENCY},
	{"ive", W_FP1},
	{"jan", W_DABBR},
	{"january", W_MONTH},
	{"javascript", W_SITE},
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
	{"member", W_BIO},
	{"merch", W_MERCH},
	{"merchandise", W_MERCH},
	{"met", W_AUX},
	{"might", W_AUX},
	{"min", W_DATEW},
	{"mine", W_FP1},
	{"minister", W_NEWSN},
	{"ministry", W_NEWSN},
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
	{"nice", W_DET | W_G2},
	{"nonsense", W_GREET},
	{"nope", W_GREET | W_INF},
	{"noted", W_ATTR},
	{"notifications", W_SITE},
	{"nov", W_DABBR},
	{"november", W_MONTH},
	{"oct", W_DABBR},
	{"october", W_MONTH},
	{"of", W_DATEW},
	{"officials", W_NEWSN},
	{"ok", W_INF},
	{"okay", W_INF},
	{"omg", W_INF},
	{"on", W_DATEW},
	{"our", W_FPL},
	{"ours", W_FPL},
	{"ourselves", W_FPL},
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
	{"piece", W_META},
	{"pinterest", W_SOCIAL},
	{"pls", W_INF},
	{"plz", W_INF},
	{"pm", W_DATEW},
	{"podcast", W_SITE | W_SOCIAL},
	{"post", W_META},
	{"posted", W_DATEW},
	{"poster", W_MERCH | W_META},
	{"posters", W_MERCH},
	{"premium", W_SITE},
	{"prints", W_MERCH},
	{"privacy", W_SITE},
	{"professor", W_BIO},
	{"pst", W_DATEW},
	{"published", W_DATEW},
	{"rd", W_DATEW},
	{"reached", W_BYLT},
	{"read", W_IMPER},
	{"reddit", W_SOCIAL},
	{"register", W_IMPER | W_SOCIAL},
	{"registration", W_SOCIAL},
	{"reported", W_ATTR},
	{"reporter", W_BIO},
	{"reporting", W_BYLT},
	{"reprint", W_SITE},
	{"reprints", W_SITE},
	{"researcher", W_BIO},
	{"reserved", W_TRIG},
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
	{"so", W_G2},
	{"sought", W_AUX},
	{"spokesman", W_NEWSN},
	{"spokesperson", W_NEWSN},
	{"spokeswoman", W_NEWSN},
	{"sponsored", W_IMPER},
	{"spot", W_G2},
	{"st", W_DATEW},
	{"staff", W_BYLT},
	{"start", W_IMPER},
	{"stated", W_ATTR},
	{"statement", W_NEWSN},
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
	{"superb", W_DET},
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
	{"thank", W_G2 | W_GREET},
	{"thanks", W_GREET},
	{"thats", W_INF},
	{"theres", W_INF},
	{"this", W_DET},
	{"thread", W_META},
	{"thu", W_DABBR},
	{"thur", W_DABBR},
	{"thurs", W_DABBR},
	{"thursday", W_WDAY},
	{"thx", W_INF},
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
	{"twitter", W_BYLT | W_SOCIAL},
	{"u", W_FP2},
	{"ugh", W_INF},
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
	{"was", W_AUX},
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
	{"well", W_G2},
	{"went", W_AUX},
	{"were", W_AUX},
	{"whats", W_INF},
	{"whatsapp", W_SOCIAL},
	{"wikimedia", W_AGENCY},
	{"will", W_AUX},
	{"wire", W_BYLT},
	{"won", W_AUX},
	{"wonderful", W_DET},
	{"wont", W_INF},
	{"would", W_AUX},
	{"wow", W_GREET | W_INF},
	{"writer", W_BIO},
	{"writeup", W_META},
	{"wrote", W_ATTR},
	{"wtf", W_INF},
	{"xinhua", W_AGENCY},
	{"y'all", W_FP2},
	{"ya", W_FP2},
	{"yeah", W_INF},
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
	{"your", W_DET | W_FP2},
	{"youre", W_FP2},
	{"yours", W_FP2},
	{"yourself", W_FP2},
	{"yourselves", W_FP2},
	{"youtube", W_SOCIAL},
	{"yup", W_INF},
	{"zuma", W_AGENCY},
};

/* Where the words starting with each letter a..z begin in words[]; the last
 * entry is the table size (checked by dyad__clean_check_tables()). */
static const uint16_t wfirst[27] = {0,   38,  51,  89,  108, 120, 138, 152, 173,
                                    196, 206, 208, 224, 254, 265, 276, 304, 304,
                                    321, 376, 409, 417, 420, 451, 452, 472, 473};

/* A Bloom filter over words[]: bits (h & 4095) and ((h >> 12) & 4095) of the
 * word_hash() h of every word are set, so that most words of a text are
 * rejected without a search (checked by dyad__clean_check_tables()). */
#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u
static const uint64_t wbloom[64] = {
	UINT64_C(0x0884080000282008), UINT64_C(0x0810a108002c8000),
	UINT64_C(0x100061032c01a008), UINT64_C(0x2820a0ec110c8e31),
	UINT64_C(0x05600041040004e0), UINT64_C(0x20063220118c781f),
	UINT64_C(0x9600620280100058), UINT64_C(0x3a400000a0dd1c00),
	UINT64_C(0xc100884820300206), UINT64_C(0x70212c0309900848),
	UINT64_C(0x0001009d4c008220), UINT64_C(0x4020101100081044),
	UINT64_C(0x9044600200200300), UINT64_C(0x000140c48088c080),
	UINT64_C(0x3011010aa4810184), UINT64_C(0x1a0c000081000020),
	UINT64_C(0x008d036c04211501), UINT64_C(0x1400480a00708066),
	UINT64_C(0x0011002830114800), UINT64_C(0x00a8150000400080),
	UINT64_C(0x4040602f221a0013), UINT64_C(0x0400118104083004),
	UINT64_C(0xc99940880045040c), UINT64_C(0x0000801002a88b12),
	UINT64_C(0x13954100022d010c), UINT64_C(0xa22000043c31c402),
	UINT64_C(0x4209403081902032), UINT64_C(0xa4ca404008188008),
	UINT64_C(0xf9ae89032701088c), UINT64_C(0xc209022c41604111),
	UINT64_C(0xc02088012c080500), UINT64_C(0x00401c4c00180880),
	UINT64_C(0x08c1108080880540), UINT64_C(0x0490005580800024),
	UINT64_C(0x0000280820153ed0), UINT64_C(0x40026282048c0464),
	UINT64_C(0x8832521501000101), UINT64_C(0x0800101022488060),
	UINT64_C(0x220c830091041804), UINT64_C(0x0888601080005008),
	UINT64_C(0x001082ed8030d100), UINT64_C(0x3208003540a48000),
	UINT64_C(0x9bbf024284801509), UINT64_C(0x0414010100503661),
	UINT64_C(0x081a142600420188), UINT64_C(0x0038150403224a00),
	UINT64_C(0x00190c008600a474), UINT64_C(0x080401501008002c),
	UINT64_C(0x200800828002010c), UINT64_C(0x5c2200c160080880),
	UINT64_C(0x6602000110010050), UINT64_C(0x0600898e08420252),
	UINT64_C(0x2000228008200822), UINT64_C(0x20c0210a10693203),
	UINT64_C(0x0500882100220040), UINT64_C(0x5400031101048800),
	UINT64_C(0x82a0100001680040), UINT64_C(0x60880c4400008000),
	UINT64_C(0xc0000140808b0000), UINT64_C(0x000c2000088d2001),
	UINT64_C(0x8400102000801026), UINT64_C(0x0092308000004b02),
	UINT64_C(0x0c40c07000a10840), UINT64_C(0x0000020f01022600)};

/* The class of a byte in a word's hot path: 1 a lower-case ASCII letter, 3
 * an upper-case one, 4 a digit, 0 anything else (bytes from 0x80 on too). */
static const uint8_t ascii_class[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0,
	0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
};

/* The hash of a folded word of at most 15 bytes, zero-padded to 16: two
 * multiplications, not one per letter. */
static uint32_t word_hash(const uint64_t q[2])
{
	uint64_t x = (q[0] ^ (q[1] * UINT64_C(0xC2B2AE3D27D4EB4F))) * UINT64_C(0x9E3779B97F4A7C15);
	return (uint32_t)(x >> 32) ^ (uint32_t)(x >> 13);
}

static uint32_t word_hash_str(const char *s)
{
	uint64_t q[2] = {0, 0};
	size_t n = strlen(s);
	memcpy(q, s, n < 16 ? n : 16);
	return word_hash(q);
}

static int bloom_has(uint32_t h)
{
	uint32_t a = h & 4095u, b = (h >> 12) & 4095u;
	return ((wbloom[a >> 6] >> (a & 63u)) & 1u) && ((wbloom[b >> 6] >> (b & 63u)) & 1u);
}


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
	{"# thoughts", P_FORM},
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
	{"comments #", P_HDR},
	{"comments are closed", P_FORM},
	{"comments closed", P_FORM},
	{"community guidelines", P_FORM},
	{"contact us", P_BP},
	{"continue reading", P_BP},
	{"continue reading below", P_BP},
	{"continue reading the main story", P_BP},
	{"conversation", P_FORM},
	{"cookie settings", P_BP},
	{"copy link", P_BP},
	{"delete", P_CFURN},
	{"discussion", P_FORM},
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
	{"join the conversation", P_FORM},
	{"join the discussion", P_FORM},
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
	{"responses", P_FORM},
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
	{"sort by", P_FORM},
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
	{"what do you think", P_FORM},
	{"what to read next", P_LINKHDR},
	{"whatsapp", P_BP},
	{"world", P_BP},
	{"world news", P_BP},
	{"write a comment", P_FORM},
	{"you may also like", P_LINKHDR},
	{"you may be interested in", P_LINKHDR},
	{"you might also like", P_LINKHDR},
	{"your comment", P_FORM},
	{"your comments", P_FORM},
	{"youtube", P_CAPTION},
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* The classes of the folded word w (n bytes, NUL-terminated), 0 if none. */
static uint32_t word_bits(const char *w, size_t n)
{
	unsigned c = (unsigned)(unsigned char)w[0] - 'a';
	if (c >= 26 || n > 15)
		return 0;
	size_t lo = wfirst[c], hi = wfirst[c + 1];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *e = words[mid].w; /* e[0] == w[0] */
		int d = (unsigned char)w[1] - (unsigned char)e[1];
		if (d == 0) {
			if (w[1] == '\0')
				return words[mid].bits;
			d = strcmp(w + 2, e + 2);
			if (d == 0)
				return words[mid].bits;
		}
		if (d < 0)
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

const char *dyad_span_kind_name(int kind)
{
	static const char *const names[DYAD_SPAN_NKINDS] = {"body",     "boilerplate", "caption",
	                                                    "byline",   "dateline",    "comment"};
	if (kind < 0 || kind >= DYAD_SPAN_NKINDS)
		return "unknown";
	return names[kind];
}

/* ---- per-line features ------------------------------------------------------ */

#define FULLN 640 /* bytes kept in lower case for phrase search (on demand) */
#define TAILN 160 /* and of the end of a longer line */
#define NORMN 100 /* the normalised form for whole-line phrases */
#define NFIRST 6  /* leading words kept */

typedef struct feat {
	uint32_t nw;   /* words */
	uint32_t bits; /* OR of the classes of all words */
	uint32_t n_fp1, n_fp2, n_fpl, n_inf, n_attr, n_aux, n_ed, n_site, n_social, n_site2;
	uint32_t n_merch, n_bio, n_media, n_agency, n_bylt;
	uint32_t n_date;    /* words that may appear on a date/time line */
	uint32_t n_datekey; /* months, weekdays, years, "ago", "today" */
	uint32_t n_allcaps; /* words of 3+ letters all in upper case */
	uint32_t n_excl2, n_q2, n_ellip, n_quote;
	uint32_t n_meta;   /* "this article", "great piece": a remark on the page */
	uint32_t n_capw;   /* words starting with an upper-case letter */
	uint32_t n_and;    /* the word "and" */
	uint32_t n_colon;  /* colons */
	uint32_t n_newsn;  /* nouns of reporting */
	uint32_t prevbits; /* classes of the word before */
	uint32_t first_bits[NFIRST];
	uint32_t nfirst;
	uint8_t first_cap[NFIRST];
	uint8_t end_sent, end_colon, end_q, end_excl, end_dash, end_ellip;
	uint8_t start_quote, start_dash, dash_space, start_lower, start_list;
	uint8_t url, email, handle, copy, emoji, time;
	uint8_t inq;      /* inside a quotation while scanning */
	uint8_t label;    /* starts with a speaker label: "Q:", "Jane Doe:", "((WN))" */
	uint32_t labelh;  /* hash of the label, 0 when none */
	uint8_t caps0;    /* the first word is 2-4 capital letters: "NG", "MS" */
	uint8_t normfull; /* norm holds the whole line */
	uint8_t hasnorm;  /* norm is built */
	uint8_t haslc;    /* lc and tail are built */
	const unsigned char *t;
	size_t body, end; /* the line without indentation, bullets, trailing space */
	size_t normn, lcn, tailn;
	char first[NFIRST][16]; /* leading words folded; "" when not ASCII or too long */
	char norm[NORMN + 1];   /* normalised words: "# thoughts on us kills" */
	char lc[FULLN + 1];     /* the line in lower case, spaces squeezed; built by has() */
	char tail[TAILN + 1];
} feat;

static int is_alpha(unsigned char c) { return (unsigned)((c | 32) - 'a') < 26u; }
static int is_digit(unsigned char c) { return (unsigned)(c - '0') < 10u; }
static int is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
static unsigned char lower_c(unsigned char c)
{
	return (unsigned)(c - 'A') < 26u ? (unsigned char)(c + 32) : c;
}
static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Is t[i..) the typographic apostrophe ’ (U+2019)? */
static int rsquo(const unsigned char *t, size_t i, size_t e)
{
	return i + 2 < e && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0x99;
}

/* Is t[i] a byte of a word: an ASCII letter or digit, or a non-ASCII
 * character that is not punctuation, a space or a symbol? Sets *k to its
 * length. */
static int word_byte(const unsigned char *t, size_t i, size_t e, size_t *k)
{
	unsigned char c = t[i];
	*k = 1;
	if (c < 0x80)
		return is_alnum(c);
	if (c == 0xE2 || (c == 0xEF && i + 1 < e && t[i + 1] == 0xB8)) {
		*k = i + 2 < e ? 3 : e - i; /* general punctuation, symbols, variation selectors */
		return 0;
	}
	if (c == 0xC2 && i + 1 < e && t[i + 1] >= 0xA0 && t[i + 1] < 0xC0) {
		*k = 2; /* NBSP, ©, «, », ·, ® ... */
		return 0;
	}
	if (c == 0xF0 && i + 1 < e && t[i + 1] == 0x9F) {
		*k = i + 3 < e ? 4 : e - i; /* emoji */
		return 0;
	}
	return 1; /* other letters, and any invalid byte */
}

/* Account for one word t[b..e): w is its folded ASCII form (n bytes, n <= 15)
 * or n == 0 when it has other bytes or is longer. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void add_word(feat *f, const unsigned char *t, size_t b, size_t e, char *w, size_t n,
                     size_t letters, size_t upper, uint32_t h)
{
	f->nw++;
	uint32_t bits = 0;
	int allcaps = letters >= 2 && upper == letters;
	if (n > 0) {
		w[n] = '\0';
		bits = bloom_has(h) ? word_bits(w, n) : 0;
		/* "US" and "IT" are not pronouns; "I" is, in any case */
		if ((bits & (W_FP2 | W_FPL | W_INF | W_GREET)) && allcaps)
			bits &= ~(uint32_t)(W_FP2 | W_FPL | W_INF | W_GREET);
		if (n == 1 && (t[b] <= 'Z' ? t[b] != 'I' : w[0] == 'i'))
			bits = 0; /* "I" and "u" are pronouns, the "U" of U.S. and "i)" are not */
		/* an -ed word in lower case: a past tense or participle */
		if (n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'd' && w[n - 3] != 'e' && upper == 0 &&
		    letters == n)
			f->n_ed++;
	}
	if (bits) {
		f->bits |= bits;
		/* the voice of the line, not of the people it quotes */
		if (!f->inq && (bits & W_META) && (f->prevbits & W_DET))
			f->n_meta++;
		if (!f->inq) {
			f->n_fp1 += !!(bits & W_FP1);
			f->n_fp2 += !!(bits & W_FP2);
			f->n_fpl += !!(bits & W_FPL);
			f->n_inf += !!(bits & W_INF);
		}
		f->n_attr += !!(bits & W_ATTR);
		f->n_newsn += !!(bits & W_NEWSN);
		f->n_aux += !!(bits & W_AUX);
		f->n_site += !!(bits & W_SITE);
		f->n_social += !!(bits & W_SOCIAL);
		f->n_site2 += !!(bits & W_SITE2);
		f->n_merch += !!(bits & W_MERCH);
		f->n_bio += !!(bits & W_BIO);
		f->n_media += !!(bits & W_MEDIA);
		f->n_agency += !!(bits & W_AGENCY);
		f->n_bylt += !!(bits & W_BYLT);
	}
	f->prevbits = bits;
	if (letters >= 3 && upper == letters)
		f->n_allcaps++;
	if (t[b] >= 'A' && t[b] <= 'Z')
		f->n_capw++;
	else if (n == 3 && !memcmp(w, "and", 3))
		f->n_and++;
	/* date and time lines: only while every word so far could be on one */
	int dateok = 0, key = 0;
	if (f->n_date + 1 != f->nw) {
		/* not a date line: nothing to count */
	} else if (is_digit(t[b])) {
		dateok = 1;
		size_t nd = 0;
		while (b + nd < e && nd < 5 && is_digit(t[b + nd]))
			nd++;
		if (nd == 4 && (t[b] == '1' || t[b] == '2'))
			key = 1; /* a year */
	} else if (bits & (W_MONTH | W_WDAY | W_DATEW | W_DABBR)) {
		dateok = 1;
		key = (bits & (W_MONTH | W_WDAY)) ||
		      ((bits & W_DABBR) && t[b] >= 'A' && t[b] <= 'Z') ||
		      (n == 3 && !memcmp(w, "ago", 3)) || (n == 5 && !memcmp(w, "today", 5)) ||
		      (n == 9 && !memcmp(w, "yesterday", 9));
	} else if (n == 3 && !memcmp(w, "may", 3) && t[b] == 'M') {
		dateok = key = 1;
	} else if (n == 1 || (n == 7 && !memcmp(w, "loading", 7))) {
		dateok = 1; /* a.m., p.m., initials; "Loading..." next to a date */
	}
	f->n_date += (uint32_t)dateok;
	f->n_datekey += (uint32_t)key;
	if (f->nfirst == 0)
		f->caps0 = letters >= 2 && letters <= 4 && upper == letters && e - b == letters;
	if (f->nfirst < NFIRST) {
		uint32_t k = f->nfirst++;
		memcpy(f->first[k], w, n);
		f->first[k][n] = '\0';
		f->first_bits[k] = bits;
		f->first_cap[k] = (uint8_t)(t[b] >= 'A' && t[b] <= 'Z');
	}
}

/* Lower-case ASCII copy of t[b..e) into out (at most cap bytes), runs of
 * white space and NULs squeezed to one space, ’ as '\''. Returns the length. */
static size_t lower_copy(char *out, size_t cap, const unsigned char *t, size_t b, size_t e)
{
	size_t n = 0;
	for (size_t i = b; i < e && n < cap; i++) {
		unsigned char c = t[i];
		if (c <= ' ' && (c == 0 || is_space(c))) {
			if (n > 0 && out[n - 1] != ' ')
				out[n++] = ' ';
			continue;
		}
		if (c == 0xE2 && rsquo(t, i, e)) {
			out[n++] = '\'';
			i += 2;
			continue;
		}
		out[n++] = (char)lower_c(c);
	}
	out[n] = '\0';
	return n;
}

/* The normalised form of the line start: lower-case words, digit runs as
 * '#', single spaces; normfull when it holds the whole line. */
static void make_norm(feat *f)
{
	if (f->hasnorm)
		return;
	f->hasnorm = 1;
	const unsigned char *t = f->t;
	size_t n = 0, e = f->end;
	f->normfull = 1;
	for (size_t i = f->body; i < e; i++) {
		unsigned char c = t[i], o;
		if (is_alpha(c)) {
			o = lower_c(c);
		} else if (is_digit(c)) {
			if (n > 0 && f->norm[n - 1] == '#')
				continue;
			o = '#';
		} else if ((c == '\'' || rsquo(t, i, e)) && n > 0 && f->norm[n - 1] != ' ') {
			size_t k = c == '\'' ? 1 : 3;
			if (i + k >= e || !is_alpha(t[i + k])) {
				i += k - 1;
				o = ' ';
			} else {
				i += k - 1;
				o = '\'';
			}
		} else if (c >= 0x80) {
			f->normfull = 0; /* not ASCII: no whole-line phrase */
			break;
		} else {
			o = ' ';
		}
		if (o == ' ' && (n == 0 || f->norm[n - 1] == ' '))
			continue;
		if (n == NORMN) {
			f->normfull = 0;
			break;
		}
		f->norm[n++] = (char)o;
	}
	while (n > 0 && f->norm[n - 1] == ' ')
		n--;
	f->norm[n] = '\0';
	f->normn = n;
}

static void features(feat *f, const unsigned char *t, size_t off, size_t end)
{
	memset(f, 0, offsetof(feat, first));
	f->t = t;
	size_t i = off;
	/* indentation, bullets and dashes before the first word */
	while (i < end && (is_space(t[i]) || t[i] == 0))
		i++;
	for (;;) {
		if (i + 2 < end && t[i] == 0xE2 && t[i + 1] == 0x80 &&
		    (t[i + 2] == 0x94 || t[i + 2] == 0x93 || t[i + 2] == 0xA2)) {
			if (t[i + 2] != 0xA2)
				f->start_dash = 2; /* an en or em dash */
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
	if (i < end && t[i] >= 'a' && t[i] <= 'z')
		f->start_lower = 1;
	if (i + 1 < end && t[i] == '(' && t[i + 1] == '(')
		f->label = 1; /* "((WN))": Wikinews marks its interview questions so */
	size_t body = i;      /* first byte after indentation and bullets */

	/* the end of the line: closing quotes and brackets, then punctuation */
	size_t e = end;
	while (e > body && (is_space(t[e - 1]) || t[e - 1] == 0))
		e--;
	f->body = body;
	f->end = e;
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
			f->end_sent = c == '.' || c == '!' || c == '?';
			f->end_q = c == '?';
			f->end_excl = c == '!';
			f->end_colon = c == ':';
			f->end_dash = c == '-';
			f->end_ellip = c == '.' && ((k >= body + 2 && t[k - 2] == '.') ||
			                            (k >= body + 4 && t[k - 4] == 0xE2 &&
			                             t[k - 3] == 0x80 && t[k - 2] == 0xA6));
			if (k >= body + 3 && t[k - 3] == 0xE2 && t[k - 2] == 0x80) {
				if (t[k - 1] == 0xA6)
					f->end_sent = f->end_ellip = 1; /* … */
				if (t[k - 1] == 0x94 || t[k - 1] == 0x93)
					f->end_dash = 1;
			}
		}
	}

	/* one pass over the words and the punctuation */
	unsigned char runc = 0; /* '!' or '?' of the current run */
	size_t nrun = 0;
	for (i = body; i < e;) {
		size_t k = 1;
		if (t[i] < 0x80 ? is_alnum(t[i]) : word_byte(t, i, e, &k)) {
			uint64_t wq[2] = {0, 0}; /* the folded word, zero-padded */
			char *w = (char *)wq;
			size_t b = i, n = 0, letters = 0, upper = 0;
			int ascii = 1;
#if DYAD__SWAR
			/* the common word: fewer than eight ASCII letters and digits,
			 * then a byte that cannot continue it (not an apostrophe, not
			 * past ASCII) */
			if (i + 8 <= e) {
				dyad__swar r;
				dyad__swar_run(t + i, &r);
				if (r.n < 8 && t[i + r.n] < 0x80 && t[i + r.n] != '\'') {
					wq[0] = (r.v | (DYAD__SWAR_ONES * 0x20u)) &
					        ((UINT64_C(1) << (8 * r.n)) - 1); /* digits have bit 5 too */
					letters = dyad__swar_count(r.lower | r.upper);
					upper = dyad__swar_count(r.upper);
					n = r.n;
					i += r.n;
					goto word_done;
				}
				/* and one of eight to fifteen */
				dyad__swar r2;
				if (r.n == 8 && i + 16 <= e && (dyad__swar_run(t + i + 8, &r2), r2.n < 8) &&
				    t[i + 8 + r2.n] < 0x80 && t[i + 8 + r2.n] != '\'') {
					wq[0] = r.v | (DYAD__SWAR_ONES * 0x20u);
					wq[1] = (r2.v | (DYAD__SWAR_ONES * 0x20u)) & ((UINT64_C(1) << (8 * r2.n)) - 1);
					letters = 8 - dyad__swar_count(r.digit) + dyad__swar_count(r2.lower | r2.upper);
					upper = dyad__swar_count(r.upper) + dyad__swar_count(r2.upper);
					n = 8 + r2.n;
					i += n;
					goto word_done;
				}
			}
#endif
			for (;;) {
				/* the hot path: a run of ASCII letters and digits */
				size_t j = i;
				unsigned cc;
				while (j < e && (cc = ascii_class[t[j]]) != 0) {
					letters += cc & 1u;
					upper += cc >> 1 & 1u;
					j++;
				}
				size_t run = j - i, cp = n < 15 ? 15 - n : 0;
				if (cp > run)
					cp = run;
				for (size_t q = 0; q < cp; q++)
					w[n + q] = (char)(t[i + q] | 32u); /* digits have bit 5 too */
				n += run;
				i = j;
				if (i >= e)
					break;
				unsigned c = t[i];
				if (c < 0x80) {
					/* an apostrophe between letters stays in the word */
					if (c != '\'' || i + 1 >= e || !is_alpha(t[i + 1]))
						break;
					i++;
				} else if (rsquo(t, i, e)) {
					if (i + 3 >= e || !is_alpha(t[i + 3]))
						break;
					i += 3;
				} else if (word_byte(t, i, e, &k)) {
					ascii = 0;
					letters++;
					i += k;
					continue;
				} else {
					break;
				}
				if (n < 15)
					w[n] = '\'';
				n++;
			}
#if DYAD__SWAR
		word_done:;
#endif
			uint32_t h = ascii && n <= 15 ? word_hash(wq) : 0;
			if (n == 3 && i < e && t[i] == '.' && !memcmp(w, "www", 3))
				f->url = 1;
			add_word(f, t, b, i, w, (ascii && n <= 15) ? n : 0, letters, upper, h);
			runc = 0;
			continue;
		}
		unsigned char c = t[i];
		if (c == '!' || c == '?') {
			if (runc && ++nrun == 2) {
				if (c == '!')
					f->n_excl2++;
				else
					f->n_q2++;
			}
			if (!runc)
				nrun = 1;
			runc = c;
		} else if (!is_space(c)) {
			runc = 0;
		}
		switch (c) {
		case '.':
			if (i + 2 < e && t[i + 1] == '.' && t[i + 2] == '.' &&
			    (i == body || t[i - 1] != '.') && !f->inq)
				f->n_ellip++;
			break;
		case '"':
			f->n_quote++;
			f->inq = !f->inq;
			break;
		case ':':
			f->n_colon++;
			if (f->nw >= 1 && f->nw <= 3 && f->nfirst == f->nw && !f->labelh &&
			    f->first_cap[0]) {
				/* "Q:", "Jane Doe:", "NG:": who speaks in a transcript */
				uint32_t lh = FNV_BASIS;
				for (size_t j = body; j < i; j++)
					lh = (lh ^ lower_c(t[j])) * FNV_PRIME;
				f->labelh = lh | 1u;
			}
			if (i > body && is_digit(t[i - 1]) && i + 1 < e && is_digit(t[i + 1]))
				f->time = 1;
			if (i + 2 < e && t[i + 1] == '/' && t[i + 2] == '/')
				f->url = 1;
			break;
		case '@':
			if (i > body && is_alnum(t[i - 1]) && i + 1 < e && is_alnum(t[i + 1]))
				f->email = 1;
			else if (i + 1 < e && (is_alnum(t[i + 1]) || t[i + 1] == '_'))
				f->handle = 1;
			break;
		case 0xE2:
			if (k == 3 && t[i + 1] == 0x80) {
				if (t[i + 2] == 0xA6) {
					f->n_ellip += !f->inq;
				} else if (t[i + 2] == 0x9C) {
					f->n_quote++;
					f->inq = 1;
				} else if (t[i + 2] == 0x9D) {
					f->n_quote++;
					f->inq = 0;
				}
			} else if (k == 3 && t[i + 1] >= 0x98 && t[i + 1] <= 0x9E) {
				f->emoji = 1; /* ☺ ✔ ❤ */
			}
			break;
		case 0xC2:
			if (k == 2 && t[i + 1] == 0xA9)
				f->copy = 1;
			break;
		case 0xF0:
			if (k == 4)
				f->emoji = 1;
			break;
		default:
			break;
		}
		i += k;
	}
}

/* Speaker initials without a colon: "NG We started in 1982." */
static void initials_label(feat *f)
{
	if (f->labelh || !f->caps0 || f->nfirst < 2 || !f->first_cap[1])
		return;
	uint32_t lh = FNV_BASIS;
	for (const char *p = f->first[0]; *p; p++)
		lh = (lh ^ (unsigned char)*p) * FNV_PRIME;
	f->labelh = lh | 1u;
}

/* Does p occur in the line (its first FULLN and last TAILN bytes)? */
static int has(feat *f, const char *p)
{
	if (!f->haslc) {
		f->haslc = 1;
		f->lcn = lower_copy(f->lc, FULLN, f->t, f->body, f->end);
		f->tailn = 0;
		if (f->end - f->body > FULLN) {
			size_t s = f->end - TAILN;
			while (s < f->end && (f->t[s] & 0xC0) == 0x80)
				s++;
			f->tailn = lower_copy(f->tail, TAILN, f->t, s, f->end);
		}
		f->tail[f->tailn] = '\0';
	}
	return strstr(f->lc, p) != NULL || (f->tailn && strstr(f->tail, p) != NULL);
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
	F_BLANK = 1u << 10,
	F_TURN = 1u << 11,      /* a turn of an interview transcript */
	F_INF_SLANG = 1u << 12, /* informal writing: slang, insults, profanity */
	F_INF_PUNCT = 1u << 13, /* "!!", "??", "...", emoji */
	F_INF_GREET = 1u << 14, /* "Thanks", "Good evening", "Exactly." */
	F_INF_META = 1u << 15,  /* "this article", "great piece" */
	F_NAMES = 1u << 16      /* a list of names: "Jane Doe and John Roe" */
};

#define F_INFORMAL (F_INF_SLANG | F_INF_PUNCT | F_INF_GREET | F_INF_META)

typedef struct cline {
	uint32_t off, next; /* the line is text[off..next), newline included */
	uint32_t flags;
	uint32_t lh;  /* speaker label hash, 0 when none */
	int32_t cs;   /* comment score, in quarter points */
	uint8_t kind; /* dyad_span_kind */
} cline;

/*
 * Does the line start with p (lower case; a space in p matches a run of
 * white space), ending at a word boundary when p ends with a letter?
 */
static int pre(const feat *f, const char *p)
{
	const unsigned char *t = f->t;
	size_t i = f->body, e = f->end;
	for (; *p; p++) {
		if (i >= e)
			return 0;
		if (*p == ' ') {
			if (!is_space(t[i]))
				return 0;
			while (i < e && is_space(t[i]))
				i++;
		} else if (*p == '\'' && rsquo(t, i, e)) {
			i += 3;
		} else if (lower_c(t[i]) == (unsigned char)*p) {
			i++;
		} else {
			return 0;
		}
	}
	if (!is_alnum((unsigned char)p[-1]))
		return 1;
	return i >= e || !is_alnum(t[i]);
}

/* Does the line end with p (lower case), after any closing punctuation
 * when p ends with a letter? */
static int suf(const feat *f, const char *p)
{
	size_t n = strlen(p), e = f->end;
	if (is_alnum((unsigned char)p[n - 1]))
		while (e > f->body && !is_alnum(f->t[e - 1]) && f->t[e - 1] != ')')
			e--;
	if (e - f->body < n)
		return 0;
	const unsigned char *t = f->t + e - n;
	for (size_t i = 0; i < n; i++)
		if (lower_c(t[i]) != (unsigned char)p[i])
			return 0;
	return 1;
}

/* Does the line start with one of list[0..n) (sorted by strcmp)? */
static int pre_any(const feat *f, const char *const *list, size_t n)
{
	unsigned char c0 = lower_c(f->t[f->body]);
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((unsigned char)list[mid][0] < c0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < n && (unsigned char)list[i][0] == c0; i++)
		if (pre(f, list[i]))
			return 1;
	return 0;
}

static int has_any(feat *f, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (has(f, list[i]))
			return 1;
	return 0;
}

static int npre(feat *f, const char *p)
{
	make_norm(f);
	size_t n = strlen(p);
	return f->normn >= n && memcmp(f->norm, p, n) == 0 && (f->normn == n || f->norm[n] == ' ');
}

static int nsuffix(feat *f, const char *p)
{
	make_norm(f);
	size_t n = strlen(p);
	return f->normfull && f->normn >= n && memcmp(f->norm + f->normn - n, p, n) == 0 &&
	       (f->normn == n || f->norm[f->normn - n - 1] == ' ');
}

#define PRE_ANY(f, list) pre_any(f, list, NELEM(list))
#define HAS_ANY(f, list) has_any(f, list, NELEM(list))

/* Comment-thread headers that carry a count: "18 thoughts on “Title”". */
static const char *const hdr_norm[] = {
	"# thoughts on", "# responses to", "# comments on", "# comments to", "# replies to",
	"# reactions to", "# comments for", "# responses on", "one thought on", "one response to",
	"one reply to", "one comment on", "# thought on", "# response to", "# comment on",
	"# reply to"};

/* Comment-form text. */
static const char *const form_pre[] = {
	"add a comment", "cancel reply", "click here to cancel reply", "commenting is",
	"comments are closed", "comments are moderated", "comments for this",
	"join the conversation", "join the discussion", "leave a comment", "leave a reply",
	"load comments", "log in to comment", "log in to reply", "login to reply", "notify me of",
	"please log in to", "please read our comment", "post a comment",
	"required fields are marked", "save my name", "show comments", "sign in to comment",
	"speak your mind", "this site uses akismet", "to post a comment", "view comments",
	"we welcome your comments", "you must be logged in", "you must log in", "your comment",
	"your email address will not be published"};

/* Credits and author lines. */
static const char *const byline_pre[] = {
	"(reporting by", "about the author", "additional reporting", "associated press writer",
	"author:", "authors:", "compiled by", "compiled from", "contact the author",
	"contact the reporter", "contact the writer", "contributing:", "contributor:",
	"contributors:", "edited by", "editing by", "email her at", "email him at",
	"follow her on", "follow him on", "follow them on", "from staff reports",
	"opinions expressed", "posted by", "reach her at", "reach him at", "reporting by",
	"staff and wire reports", "story by", "text by", "the associated press contributed",
	"the author of this", "the opinions expressed", "the views expressed",
	"the writer of this", "this article is based", "this report is based",
	"this story is based", "views expressed", "wire reports", "with additional reporting",
	"with assistance by", "with assistance from", "with reporting by", "with reporting from",
	"words by", "written by"};
static const char *const byline_short_pre[] = {"posted on", "published on", "special for",
                                               "special to", "updated on", "written on"};
/* What a date line that is a byline starts with: "Updated at 10:55 a.m. ET". */
static const char *const byline_date_pre[] = {"first published", "last updated", "posted",
                                              "published", "updated"};
static const char *const byline_has[] = {
	"contributed to this report", "contributed to this story", "contributed to this article",
	"contributed reporting", "contributed to the report", "contributing:",
	"contributing writer",
	"contributing editor", "staff writer", "can be reached at", "is the author of",
	"latest book", "follow him on twitter", "follow her on twitter", "based in part on wire",
	"editing by", "reporting by"};
static const char *const bio_has[] = {" is a ", " is an ", " is the ", " serves as ",
                                      " writes about "};

/* Captions: what a caption line starts with, and credits inside a line. */
static const char *const cap_pre[] = {
	"(image", "(photo", "(video", "[image", "[photo", "[video", "a screenshot", "a still from",
	"above:", "audio:", "below:", "bottom:", "caption:", "credit:", "enlarge this image",
	"file -", "file image", "file photo", "from l-r", "from left", "gallery:", "hide caption",
	"image caption", "image courtesy", "image credit", "image:", "images:", "just watched",
	"l-r:", "left:", "listen:", "media caption", "must watch", "photo above", "photo by ",
	"photo caption", "photo courtesy", "photo credit", "photo:", "photograph:", "photos by ",
	"photos:", "picture:", "pictured above", "pictured below", "pictured:", "pictures:",
	"right:", "screen grab", "screenshot", "slideshow", "still from", "the above video",
	"the following video", "the video above", "the video below", "toggle caption", "top:",
	"video above", "video below", "video:", "watch the full", "watch the video", "watch video",
	"watch:"};
static const char *const credit_has[] = {
	"photo:", "photos:", "image:", "picture:", "photograph:", "credit:", "credits:",
	"photo by ",
	"photo courtesy", "image courtesy", "courtesy of", "getty images", "/getty", "(ap photo",
	"ap photo/", "ap photo /", "/ap)", "/ ap)", ", ap)", "afp/", "/afp", "afp via", "reuters/",
	"/reuters", "| reuters", "via reuters", "via ap", "via getty", "epa/", "/epa", "epa-efe",
	"shutterstock", "istock", "/landov", "image copyright", "(photo", "handout photo",
	"handout via", "handout/"};

/* Boilerplate that a line starts with. */
static const char *const bp_pre[] = {
	"( photos:", "( video:", "(c) ", "(photos:", "(video:", "a version of this",
	"advertisement", "all rights reserved", "also read", "an earlier version of this",
	"back to the top", "back to top", "become a member", "become a subscriber",
	"breaking news alerts", "by continuing", "by using this", "categories:", "category:",
	"clarification:", "click for", "click here", "click to", "copyright", "correction:",
	"corrections:", "don't miss", "download our", "download the", "editor's note",
	"editors note", "editors' note", "filed under", "follow us", "for a graphic",
	"for graphic", "for interactive", "full coverage", "get breaking", "get our",
	"get the latest", "go deeper", "like us on", "listen to article", "listen to this",
	"more:", "most read", "newsletter", "originally published", "please disable",
	"please enable", "posted in", "read also", "read more", "read next", "read or share",
	"recommended for you", "recommended:", "related articles", "related content",
	"related coverage", "related reading", "related stories", "related story", "related:",
	"return to the top", "return to top", "see also", "share on", "share this", "share via",
	"sign up", "skip ad", "skip to", "sponsored", "stories:", "story:", "subscribe",
	"support our", "tag:", "tags:", "tap here", "this article first", "this article has been",
	"this article is more than", "this article originally", "this article was originally",
	"this story first", "this story has been updated", "this story was originally", "topics:",
	"trending:", "watch live", "watch special", "we use cookies", "you are using",
	"your browser", "\xc2\xa9"};
/* Site prompts that need a site word, a link, an address or a handle too. */
static const char *const bp_pre_weak[] = {
	"are you", "catch", "check out", "contact", "do you", "don't forget", "email", "find us",
	"for more", "get the", "go inside", "got a tip", "have a tip", "join us", "listen",
	"send us", "tell us", "to get", "to read more", "visit", "want to", "watch", "write to"};

static int news_caption(const feat *f)
{
	/* a caption that reports an event in a sentence is kept as story */
	return f->nw >= 12 && (f->n_aux + f->n_ed + f->n_attr) >= 1;
}

/* "Jane Doe is a columnist for ...": an author bio opens with the name and
 * a present-tense "is a" in its first words. */
static int bio(feat *f)
{
	has(f, "");
	for (size_t i = 0; i < NELEM(bio_has); i++) {
		const char *p = strstr(f->lc, bio_has[i]);
		if (p && p - f->lc < 90)
			return 1;
	}
	return 0;
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
	return f->nw >= 1 && f->nw <= 16 && f->n_date == f->nw && (f->n_datekey >= 1 || f->time);
}

/* "Jane Doe and John Roe", "Ann Lee, Bo Ma and Cy Ng": a line of author
 * names (checked only at the top of a page). */
static int name_list(const feat *f)
{
	if (f->nw < 4 || f->nw > 12 || f->end_sent || f->end_colon || f->n_date == f->nw)
		return 0;
	if (f->n_capw + f->n_and != f->nw || f->n_and == 0 || f->n_capw < 3 || f->n_colon)
		return 0;
	static const char *const func[] = {"the", "a",  "an",   "of",   "in",   "on",
	                                   "at",  "to", "for", "with", "from", "by"};
	for (uint32_t k = 0; k < f->nfirst; k++)
		for (size_t j = 0; j < NELEM(func); j++)
			if (!strcmp(f->first[k], func[j]))
				return 0;
	return f->n_attr == 0 && f->n_aux == 0 && f->n_media == 0;
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
	for (size_t i = 0; i < NELEM(agencies); i++)
		if (suf(f, agencies[i]))
			return 1;
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
static int guess(feat *f, uint32_t *flags)
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
	if (f->nw <= 12)
		make_norm(f);
	if (f->nw <= 12 && f->normfull) {
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
	if (f->nw <= 30 && !f->start_list &&
	    (is_digit(f->t[f->body]) || (f->nfirst && !strcmp(f->first[0], "one")))) {
		/* "18 thoughts on “Title”"; a singular noun goes with the count 1 */
		int one =
		    f->t[f->body] == '1' && (f->body + 1 >= f->end || !is_digit(f->t[f->body + 1]));
		for (size_t i = 0; i < NELEM(hdr_norm); i++)
			if (npre(f, hdr_norm[i]) && (i < 12 || one)) {
				*flags |= F_HDR;
				return DYAD_SPAN_BOILERPLATE;
			}
	}
	if (f->nw <= 60 && PRE_ANY(f, form_pre)) {
		*flags |= F_FORM | F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->nw <= 5 && f->end_colon && f->n_capw + 1 == f->nw && nsuffix(f, "says")) {
		/* "Jane Doe says:" over a comment; "The pope says:" is reporting */
		*flags |= F_SAYS;
		return DYAD_SPAN_BODY;
	}
	/* dates and time stamps */
	if (date_line(f)) {
		if (PRE_ANY(f, byline_date_pre) || PRE_ANY(f, byline_short_pre))
			return DYAD_SPAN_BYLINE; /* "Updated at 10:55 a.m. ET" */
		if (f->time || has(f, " ago") || has(f, " pm") || has(f, " am") || has(f, "p.m") ||
		    has(f, "a.m"))
			*flags |= F_TS;
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
	if ((f->copy && f->nw <= 25) ||
	    (f->nw <= 40 && (f->bits & W_TRIG) && has(f, "all rights reserved")) ||
	    (f->nw <= 40 && pre(f, "the post") && has(f, "appeared first on"))) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	/* bylines and credits */
	if (byline_by(f))
		return DYAD_SPAN_BYLINE;
	if (f->nw <= 12 && !f->end_sent && PRE_ANY(f, byline_short_pre))
		return DYAD_SPAN_BYLINE;
	if (f->nw <= 45 && (PRE_ANY(f, byline_pre) || (f->n_bylt && HAS_ANY(f, byline_has))))
		return DYAD_SPAN_BYLINE;
	if (f->nw <= 10 && f->n_attr <= 1 && f->first_cap[0] && has(f, " reported from "))
		return DYAD_SPAN_BYLINE; /* "Jane Doe reported from Kabul." */
	if (name_list(f))
		*flags |= F_NAMES;
	/* "—Jane Doe", "— Sen. Graham": who said the pull quote above */
	if (f->start_dash && f->first_cap[0] && !f->end_sent &&
	    ((f->start_dash == 2 && !f->dash_space && f->nw <= 20) || f->nw <= 6))
		return DYAD_SPAN_BYLINE;
	/* captions */
	if (PRE_ANY(f, cap_pre) || media_deixis(f))
		return DYAD_SPAN_CAPTION;
	if (f->nw <= 90 && (f->n_agency || f->n_media || f->copy) && HAS_ANY(f, credit_has) &&
	    !news_caption(f))
		return DYAD_SPAN_CAPTION;
	/* boilerplate */
	if (f->n_site2 && f->nw <= 40) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->nw <= 50 && f->n_attr == 0 &&
	    (f->n_site || f->n_social || f->url || f->email || f->handle) &&
	    PRE_ANY(f, bp_pre_weak)) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->n_site && f->nw <= 35 && f->n_attr == 0 &&
	    ((f->first_bits[0] & W_IMPER) || f->n_fp2 || f->n_fpl)) {
		*flags |= F_STRONG;
		return DYAD_SPAN_BOILERPLATE;
	}
	if (f->nw <= 6 && has(f, "loading")) {
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
	    (has(f, "contact") || has(f, "reach") || has(f, "email") || has(f, "e-mail") ||
	     has(f, "write to")))
		return DYAD_SPAN_BOILERPLATE;
	if (f->nw <= 30 && suf(f, "read more"))
		return DYAD_SPAN_BOILERPLATE;
	if (f->end_colon && f->nw <= 3 && f->n_allcaps == f->nw)
		return DYAD_SPAN_BOILERPLATE; /* a section label: "ANALYSIS/OPINION:" */
	if (f->nw <= 3 && (f->t[f->body] == '[' || f->t[f->body] == '{') &&
	    (f->t[f->end - 1] == ']' || f->t[f->end - 1] == '}'))
		return DYAD_SPAN_BOILERPLATE; /* template residue: "[pullquote]" */
	if (f->nw <= 70 && f->n_bio && f->n_attr == 0 && f->first_cap[0] && bio(f))
		*flags |= F_BIO;
	return DYAD_SPAN_BODY;
}

/* Two-word openers of a reader's remark: "Good evening", "Well said". */
static int greeting(const feat *f)
{
	static const char *const g[][2] = {
	    {"good", "morning"}, {"good", "evening"}, {"good", "afternoon"}, {"good", "night"},
	    {"good", "day"},     {"good", "article"}, {"great", "article"},  {"nice", "article"},
	    {"well", "said"},    {"spot", "on"},      {"thank", "you"},      {"hear", "hear"},
	    {"so", "true"},      {"good", "post"},    {"great", "post"},     {"good", "job"},
	    {"great", "job"},    {"good", "read"},    {"great", "read"},     {"good", "luck"}};
	if (f->nfirst < 2 || !(f->first_bits[0] & W_G2))
		return 0;
	for (size_t i = 0; i < NELEM(g); i++)
		if (!strcmp(f->first[0], g[i][0]) && !strcmp(f->first[1], g[i][1]))
			return 1;
	return 0;
}

/* Marks of informal writing, which edited news text does not have, as
 * F_INF_* flags: slang, insults and profanity; "!!", "??", "...", emoji;
 * greetings and one-word verdicts; remarks on the page itself. */
static uint32_t informal(const feat *f)
{
	uint32_t fl = 0;
	if (f->n_inf)
		fl |= F_INF_SLANG;
	if (f->n_excl2 || f->n_q2 || f->n_ellip || f->emoji)
		fl |= F_INF_PUNCT;
	if ((f->nfirst && (f->first_bits[0] & W_GREET)) || greeting(f))
		fl |= F_INF_GREET;
	if (f->n_meta)
		fl |= F_INF_META;
	return fl;
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
	if (f->n_attr + f->n_newsn)
		s -= f->n_attr + f->n_newsn >= 2 ? 12 : 8;
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
#define RUN_WINDOW 6           /* a cluster: this many lines ... */
#define RUN_MIN_POS 3          /* ... of which this many read like comments */
#define RUN_MIN_LINES 4        /* the run has at least 4 lines */
#define RUN_MIN_MEAN (-2)      /* averaging at least -0.5 a line */
#define RUN_MAX_BODY_MEAN (-4) /* the story before it averages -1 or less */
#define RUN_MIN_GAP 3          /* and the run averages 0.75 more than the story */
#define RUN_INFORMAL 6         /* one line in 6 of the run is informal writing */
#define RUN_MIN_INFORMAL 6     /* and at least 6, of two kinds or more */
#define RUN_MIN_STORY 12       /* after a story of at least 12 lines */
#define MIN_STORY_LINES 2      /* a thread needs this many story sentences before it */

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
	/* informal lines from i on, in all and of each of the four kinds */
	int64_t pre = 0, npre = 0, ninf = 0, kinds[4] = {0, 0, 0, 0};
	for (size_t i = 0; i < end; i++)
		if (!(L[i].flags & F_BLANK) && L[i].kind == DYAD_SPAN_BODY &&
		    (L[i].flags & F_INFORMAL)) {
			ninf++;
			for (int k = 0; k < 4; k++)
				kinds[k] += (L[i].flags >> (12 + k)) & 1u;
		}
	for (size_t i = 0; i < end; i++) {
		if (L[i].flags & F_BLANK || L[i].kind != DYAD_SPAN_BODY)
			continue;
		int nkinds = (kinds[0] > 0) + (kinds[1] > 0) + (kinds[2] > 0) + (kinds[3] > 0);
		if (L[i].cs > 0 && npre >= RUN_MIN_STORY && ninf >= RUN_MIN_INFORMAL &&
		    nkinds >= 2 && ninf * RUN_INFORMAL >= ntotal - npre) {
			int pos = 0, seen = 0;
			for (size_t j = i; j < end && j - i < 8 * RUN_WINDOW && seen < RUN_WINDOW;
			     j++) {
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
					if (j == 0 || L[j - 1].kind != DYAD_SPAN_BODY ||
					    L[j - 1].cs < -4 || nwords[j - 1] > 8 ||
					    nsub[j - 1] < MIN_STORY_LINES + 1)
						break;
					besti = j - 1;
				}
				return besti;
			}
		}
		pre += L[i].cs;
		npre++;
		if (L[i].flags & F_INFORMAL) {
			ninf--;
			for (int k = 0; k < 4; k++)
				kinds[k] -= (L[i].flags >> (12 + k)) & 1u;
		}
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
	uint32_t *nsub = dyad_arena_alloc(a, n * sizeof *nsub); /* story sentences before */
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
		L[i].lh = 0;
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
			initials_label(&f);
			L[i].lh = f.labelh;
			if (f.label)
				L[i].flags |= F_TURN;
			if (L[i].kind == DYAD_SPAN_BODY) {
				L[i].cs = comment_score(&f);
				L[i].flags |= informal(&f);
			}
			if (L[i].kind == DYAD_SPAN_BODY && (fl & F_SUBST))
				story++;
		}
		off = next;
	}

	/* interview transcripts: a speaker label seen on two lines marks turns,
	 * which are reporting, not readers' comments */
	{
		size_t recent[16], nrecent = 0;
		for (size_t i = 0; i < n; i++) {
			if (!L[i].lh)
				continue;
			for (size_t j = 0; j < nrecent && j < 16; j++) {
				size_t p = recent[j];
				if (L[p].lh == L[i].lh) {
					L[p].flags |= F_TURN;
					L[i].flags |= F_TURN;
				}
			}
			recent[nrecent++ % 16] = i;
		}
		for (size_t i = 0; i < n; i++)
			if ((L[i].flags & F_TURN) && L[i].cs > -8)
				L[i].cs = -8;
	}

	/* pass 2: where does a comment thread start? */
	size_t hdr = n, furn = n;
	for (size_t i = 0; i < n; i++) {
		uint32_t fl = L[i].flags;
		if (fl & F_BLANK || nsub[i] < MIN_STORY_LINES)
			continue;
		if ((fl & F_HDR) && hdr == n)
			hdr = i;
		if ((fl & (F_TS | F_SAYS | F_CFURN)) && furn == n) {
			/* furniture: at least two of it within the next 8 lines, one a
			 * name or a reply button */
			int ts = 0, names = 0, buttons = 0, seen = 0;
			for (size_t j = i; j < n && j - i < 32 && seen < 8; j++) {
				if (L[j].flags & F_BLANK)
					continue;
				seen++;
				ts += !!(L[j].flags & F_TS);
				names += !!(L[j].flags & F_SAYS);
				buttons += !!(L[j].flags & F_CFURN);
			}
			if ((ts && (names || buttons)) || buttons >= 3) {
				furn = i;
				/* the commenter's name just above */
				size_t j = i;
				while (j > 0 && (L[j - 1].flags & F_BLANK))
					j--;
				if (j > 0 && nwords[j - 1] <= 4 && !(L[j - 1].flags & F_SUBST) &&
				    L[j - 1].kind == DYAD_SPAN_BODY)
					furn = j - 1;
			}
		}
	}
	size_t thr = hdr < furn ? hdr : furn;
	size_t run = comment_run(L, nsub, nwords, thr);
	size_t start = run < thr ? run : thr; /* first line of the thread */
	size_t cstart = start;                /* first line marked comment */

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
	/* author names among the first lines */
	for (size_t i = 0, seen = 0; i < start && seen < 3; i++) {
		if (L[i].flags & F_BLANK)
			continue;
		seen++;
		if ((L[i].flags & F_NAMES) && L[i].kind == DYAD_SPAN_BODY)
			L[i].kind = DYAD_SPAN_BYLINE;
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
	for (unsigned c = 0; c < 26; c++) {
		size_t k = 0;
		while (k < NELEM(words) && (unsigned char)words[k].w[0] < 'a' + c)
			k++;
		if (wfirst[c] != k)
			return (int)(NELEM(words) + NELEM(phrases) + c + 1);
	}
	if (wfirst[26] != NELEM(words))
		return (int)(NELEM(words) + NELEM(phrases) + 27);
	uint64_t bloom[64] = {0};
	for (size_t i = 0; i < NELEM(words); i++) {
		uint32_t h = word_hash_str(words[i].w), a = h & 4095u, b = (h >> 12) & 4095u;
		bloom[a >> 6] |= UINT64_C(1) << (a & 63u);
		bloom[b >> 6] |= UINT64_C(1) << (b & 63u);
	}
	for (size_t i = 0; i < 64; i++)
		if (bloom[i] != wbloom[i])
			return (int)(NELEM(words) + NELEM(phrases) + 28 + i);
	for (size_t i = 0; i < NELEM(phrases); i++) {
		size_t n = strlen(phrases[i].p);
		if (n == 0 || n >= 96 || phrases[i].p[0] == ' ' || phrases[i].p[n - 1] == ' ')
			return (int)(NELEM(words) + i + 1);
		if (i > 0 && strcmp(phrases[i - 1].p, phrases[i].p) >= 0)
			return (int)(NELEM(words) + i + 1);
	}
	/* the prefix lists, searched by their first byte */
	static const struct {
		const char *const *list;
		size_t n;
	} lists[] = {{form_pre, NELEM(form_pre)},
	             {byline_pre, NELEM(byline_pre)},
	             {byline_short_pre, NELEM(byline_short_pre)},
	             {cap_pre, NELEM(cap_pre)},
	             {bp_pre, NELEM(bp_pre)},
	             {bp_pre_weak, NELEM(bp_pre_weak)},
	             {byline_date_pre, NELEM(byline_date_pre)}};
	int base = (int)(NELEM(words) + NELEM(phrases) + 100);
	for (size_t l = 0; l < NELEM(lists); l++, base += 1000)
		for (size_t i = 1; i < lists[l].n; i++)
			if (strcmp(lists[l].list[i - 1], lists[l].list[i]) >= 0)
				return base + (int)i;
	return 0;
}
