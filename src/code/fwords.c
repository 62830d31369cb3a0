/*
 * code/fwords.c — the function words the coder's rules look for ("who",
 * "against", "did not", "wants" ...), one list per rule (code_int.h, FWI_*).
 * Each word of a sentence is looked up once (dyad__parse) and carries the
 * set of lists it is in, so that a rule's test is one bit test.
 */
#include <stdlib.h>
#include <string.h>

#include "code/code_int.h"

static const char *const *const fw_lists[FW_NLISTS] = {
	[FWI_REL] = (const char *const[]){"WHO", "THAT", "WHICH", NULL},
	[FWI_OBJ_PREP] = (const char *const[]){
		"AGAINST", "ON", "FOR", "ABOUT", "OVER", "WITH", "TOWARD", "TOWARDS", "UPON",
		"UNDER", "BEHIND", NULL
	},
	[FWI_PLACE_PREP] = (const char *const[]){
		"AT", "NEAR", "OUTSIDE", "INSIDE", "ACROSS", "AROUND", "WITHIN", "THROUGHOUT",
		NULL
	},
	[FWI_TO] = (const char *const[]){"TO", "INTO", "IN", NULL},
	[FWI_SUBJ] = (const char *const[]){
		"THAT", "WHETHER", "BECAUSE", "AFTER", "BEFORE", "SINCE", "WHILE", "ALTHOUGH",
		"THOUGH", "WHEN", "UNTIL", "ONCE", "UNLESS", NULL
	},
	[FWI_VIA_WORDS] = (const char *const[]){"THROUGH", "VIA", NULL},
	[FWI_FROM_WORDS] = (const char *const[]){"FROM", NULL},
	[FWI_AUX] = (const char *const[]){
		"DID", "DOES", "DO", "HAS", "HAVE", "HAD", "WILL", "WOULD", "IS", "ARE", "WAS",
		"WERE", "BE", "BEEN", "BEING", "CAN", "COULD", "SHOULD", "MAY", "MIGHT",
		"MUST", "SHALL", "ALSO", "YET", "EVER", "REPORTEDLY", "ALLEGEDLY", "REALLY",
		"STILL", "EVEN", "TO", "JUST", "NOW", "OFFICIALLY", "DIRECTLY", NULL
	},
	[FWI_NEG] = (const char *const[]){
		"NOT", "NEVER", "NO", "DIDN'T", "DOESN'T", "DON'T", "HASN'T", "HAVEN'T",
		"HADN'T", "WON'T", "WOULDN'T", "ISN'T", "AREN'T", "WASN'T", "WEREN'T", "CAN'T",
		"COULDN'T", "CANNOT", "SHOULDN'T", "NEITHER", "NOR", NULL
	},
	[FWI_REFLEXIVE] = (const char *const[]){
		"ITSELF", "THEMSELVES", "HIMSELF", "HERSELF", "THEMSELF", NULL
	},
	[FWI_AT_PLACE] = (const char *const[]){"IN", "AT", "NEAR", "INSIDE", NULL},
	[FWI_WITH] = (const char *const[]){"WITH", NULL},
	[FWI_PLACE] = (const char *const[]){
		"IN", "OUTSIDE", "NEAR", "INSIDE", "AT", "ACROSS", "AROUND", "THROUGHOUT",
		"WITHIN", NULL
	},
	[FWI_BE] = (const char *const[]){
		"WAS", "WERE", "BEEN", "IS", "ARE", "BE", "BEING", "GOT", "GET", "GETS", NULL
	},
	[FWI_WHERE] = (const char *const[]){
		"IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "DURING", NULL
	},
	[FWI_MODAL] = (const char *const[]){"WOULD", "COULD", "MIGHT", "MAY", "SHOULD", NULL},
	[FWI_LIGHT] = (const char *const[]){
		"PROVIDE", "PROVIDES", "PROVIDED", "PROVIDING", "GIVE", "GIVES", "GAVE",
		"GIVEN", "GIVING", "OFFER", "OFFERS", "OFFERED", "OFFERING", "EXTEND",
		"EXTENDS", "EXTENDED", "EXTENDING", "MAKE", "MAKES", "MADE", "MAKING", "LEND",
		"LENDS", "LENT", "LENDING", "RENDER", "RENDERS", "RENDERED", NULL
	},
	[FWI_INTENT] = (const char *const[]){
		"WANT", "WANTS", "WANTED", "WANTING", "PLAN", "PLANS", "PLANNED", "PLANNING",
		"INTEND", "INTENDS", "INTENDED", "INTENDING", "HOPE", "HOPES", "HOPED",
		"HOPING", "AIM", "AIMS", "AIMED", "AIMING", "SEEK", "SEEKS", "SOUGHT",
		"SEEKING", "VOW", "VOWS", "VOWED", "VOWING", "PLEDGE", "PLEDGES", "PLEDGED",
		"PLEDGING", "PROMISE", "PROMISES", "PROMISED", "PROMISING", "THREATEN",
		"THREATENS", "THREATENED", "THREATENING", "READY", "PREPARED", "DETERMINED",
		"WILLING", "EAGER", "WISH", "WISHES", "WISHED", NULL
	},
	[FWI_FUT] = (const char *const[]){"WILL", "SHALL", "'LL", NULL},
	[FWI_POSS] = (const char *const[]){"HIS", "HER", "THEIR", "ITS", NULL},
	[FWI_CLAIM] = (const char *const[]){"CLAIM", "CLAIMS", "CLAIMED", "CLAIMING", NULL},
	[FWI_PREP] = (const char *const[]){
		"FOR", "BY", "AFTER", "BEFORE", "WHILE", "WITHOUT", "SINCE", "OF", "IN", "ON",
		"UPON", "DESPITE", "OVER", NULL
	},
	[FWI_BARE] = (const char *const[]){
		"HELP", "HELPS", "HELPED", "HELPING", "LET", "LETS", "LETTING", "MAKE",
		"MAKES", "MADE", "MAKING", NULL
	},
	[FWI_WANT_OF] = (const char *const[]){
		"WANT", "WANTS", "WANTED", "WANTING", "EXPECT", "EXPECTS", "EXPECTED",
		"EXPECTING", "NEED", "NEEDS", "NEEDED", "PREFER", "PREFERS", "PREFERRED",
		"WISH", "WISHES", "WISHED", "ENCOURAGE", "ENCOURAGES", "ENCOURAGED",
		"PRESSURE", "PRESSURES", "PRESSURED", NULL
	},
	[FWI_DONE] = (const char *const[]){
		"FORCED", "FORCES", "FORCE", "FORCING", "COMPELLED", "COMPELS", "HELPED",
		"HELPS", "HELP", "HELPING", "ENABLED", "ENABLES", "PERSUADED", "PERSUADES",
		"CONVINCED", "CONVINCES", "ALLOWED", "ALLOWS", "PERMITTED", "PERMITS", "LED",
		"CAUSED", NULL
	},
	[FWI_WISH] = (const char *const[]){
		"WANT", "WANTS", "WANTED", "WANTING", "WISH", "WISHES", "WISHED", "PREFER",
		"PREFERS", "PREFERRED", NULL
	},
	[FWI_IN_WORDS] = (const char *const[]){"IN", NULL},
	[FWI_VENUE] = (const char *const[]){
		"IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "TO", "INTO", NULL
	},
	/* common irregular past participles (dyad__past_form) */
	[FWI_IRREGULAR_PAST] = (const char *const[]){
		"BEATEN", "BITTEN", "BLOWN", "BOUND", "BROKEN", "BROUGHT", "BUILT", "CAUGHT",
		"CHOSEN", "DRAWN", "DRIVEN", "FED", "FLED", "FORBIDDEN", "FOUGHT", "FOUND",
		"FROZEN", "GIVEN", "HELD", "HIT", "HUNG", "KEPT", "LAID", "LED", "LEFT",
		"LOST", "MADE", "MET", "PAID", "SEEN", "SENT", "SHAKEN", "SHOT", "SHOWN",
		"SLAIN", "SOLD", "SOUGHT", "SPENT", "SPOKEN", "STOLEN", "STRUCK", "TAKEN",
		"THROWN", "TOLD", "TORN", "WON", "WOUNDED", "WRITTEN", NULL
	},
	/* capitalised words that are never names: days, months, others */
	[FWI_NOT_NAMES] = (const char *const[]){
		"AFTER", "AND", "APR", "APRIL", "AUG", "AUGUST", "BEFORE", "BUT", "DEC",
		"DECEMBER", "DR", "FEB", "FEBRUARY", "FRIDAY", "HOWEVER", "I", "JAN",
		"JANUARY", "JUL", "JULY", "JUN", "JUNE", "MAR", "MARCH", "MAY", "MEANWHILE",
		"MONDAY", "MR", "MRS", "MS", "NOV", "NOVEMBER", "OCT", "OCTOBER", "REPORTS",
		"SATURDAY", "SEP", "SEPT", "SEPTEMBER", "SOURCES", "SUNDAY", "THE", "THURSDAY",
		"TODAY", "TOMORROW", "TONIGHT", "TUESDAY", "WEDNESDAY", "WHEN", "WHILE",
		"YESTERDAY", NULL
	},
	/* "the two sides" (parse.c resolve_pair_nouns, verb.c pair_from_events) */
	[FWI_PARTIES] = (const char *const[]){"SIDES", "COUNTRIES", "NATIONS", "GOVERNMENTS",
	                                      "NEIGHBORS", "NEIGHBOURS", "RIVALS", "CAPITALS", NULL},
	[FWI_CLAUSE_OPENERS] = (const char *const[]){"THAT", "WHICH", "WHEN", "AFTER", "SINCE", "AS",
	                                             "WHILE", "BEFORE", "BECAUSE", "ALTHOUGH",
	                                             "THOUGH", "IF", "UNTIL", "ONCE", "WHERE", "SO",
	                                             "THEN", "LATER", "NOW", NULL},
	[FWI_PAIR_PAST] = (const char *const[]){"WAS", "WERE", NULL},
	[FWI_PAIR_NOT_PAST] = (const char *const[]){"WILL", "CAN", "MUST", "SHALL", "DO", "DOES", "IS",
	                                            "ARE", "BE", "TO", NULL},
	[FWI_PAIR_ADV] = (const char *const[]){"THEN", "LATER", "ALREADY", "SOON", "AGAIN", "ONCE",
	                                       NULL},
	/* participles of a tie ("Iranian-backed", "forces backed by X"):
	 * parse.c reduced_ties; BACKING: those whose "by" names a backer;
	 * ALLIED: those of an alliance "with" or "against"; ALSO_LONG: the
	 * adverbs allowed between the noun phrase and the participle */
	[FWI_TIE] = (const char *const[]){"BACKED", "LED", "BASED", "LINKED", "ALLIED", "ALIGNED",
	                                  "SPONSORED", "SUPPORTED", "FUNDED", "ARMED", "TRAINED",
	                                  "INSPIRED", "HELD", "OCCUPIED", "AFFILIATED", "OWNED",
	                                  "BRED", "FINANCED", "EQUIPPED", NULL},
	[FWI_BACKING] = (const char *const[]){"BACKED", "SUPPORTED", "SPONSORED", "FUNDED",
	                                      "FINANCED", "ARMED", "TRAINED", "EQUIPPED",
	                                      "INSPIRED", NULL},
	[FWI_ALLIED] = (const char *const[]){"ALLIED", "ALIGNED", NULL},
	[FWI_WITH_AGAINST] = (const char *const[]){"WITH", "AGAINST", NULL},
	[FWI_ALSO_LONG] = (const char *const[]){"ALSO", "LONG", NULL},
	/* subject pronouns, contracted ones too (verb.c unresolved_subject) */
	[FWI_SUBJ_PRON] = (const char *const[]){"HE", "SHE", "IT", "THEY", "HE'S", "HE'D", "HE'LL",
	                                        "SHE'S", "SHE'D", "SHE'LL", "IT'S", "IT'D", "IT'LL",
	                                        "THEY'RE", "THEY'D", "THEY'LL", "THEY'VE", NULL},
	/* verbs whose subject undergoes the act named after them: "faced
	 * sanctions", "came under criticism from X" (verb.c undergoer) */
	[FWI_UNDERGO] = (const char *const[]){"FACE", "FACES", "FACED", "FACING", "UNDER", "RECEIVE",
	                                      "RECEIVES", "RECEIVED", "RECEIVING", "DREW", "DRAW",
	                                      "DRAWS", "DRAWING", "DRAWN", "SUFFER", "SUFFERS",
	                                      "SUFFERED", "SUFFERING", "ENDURE", "ENDURES", "ENDURED",
	                                      "ENDURING", "INCUR", "INCURS", "INCURRED", "WEATHER",
	                                      "WEATHERED", "GOT", "GET", "GETS", "GETTING", "WON",
	                                      "WIN", "WINS", "WINNING", "SECURED", "OBTAINED", NULL},
	/* nouns of a standing relation when their holder is named with them,
	 * "Russia's support for Assad"; EXPRESS: the verbs that make them an
	 * act, "announced their support" (verb.c standing_relation) */
	[FWI_STANDING] = (const char *const[]){"SUPPORT", "BACKING", "SPONSORSHIP", "PATRONAGE",
	                                       "SANCTIONS", "EMBARGO", "EMBARGOES", "BLOCKADE",
	                                       NULL},
	/* adjectives that make a held relation a new act: "new US sanctions" */
	[FWI_FRESH] = (const char *const[]){"NEW", "FRESH", "ADDITIONAL", "FURTHER", "MORE",
	                                    "TOUGHER", "LATEST", "EXPANDED", "RESTORED", "REIMPOSED",
	                                    "CONTINUED", NULL},
	[FWI_EXPRESS] = (const char *const[]){
		"EXPRESS", "EXPRESSED", "EXPRESSES", "EXPRESSING", "ANNOUNCE", "ANNOUNCED",
		"ANNOUNCES", "ANNOUNCING", "PLEDGE", "PLEDGED", "PLEDGES", "PLEDGING", "REAFFIRM",
		"REAFFIRMED", "REAFFIRMS", "REAFFIRMING", "REITERATE", "REITERATED", "REITERATES",
		"REITERATING", "VOICE", "VOICED", "VOICES", "VOICING", "DECLARE", "DECLARED",
		"DECLARES", "DECLARING", "SIGNAL", "SIGNALED", "SIGNALLED", "SIGNALS", "SHOW",
		"SHOWED", "SHOWS", "SHOWING", "THREW", "THROW", "THROWS", "THROWING", "CONFIRM",
		"CONFIRMED", "CONFIRMS", "OFFER", "OFFERED", "OFFERS", "OFFERING", "GIVE", "GAVE",
		"GIVES", "GIVING", "LEND", "LENT", "LENDS", "LENDING", "EXTEND", "EXTENDED",
		"EXTENDS", "PROVIDE", "PROVIDED", "PROVIDES", "PROVIDING", "STATED", "MENTIONED",
		"INCREASE", "INCREASED",
		"STEPPED", "BOOSTED",
		/* sanctions, embargoes, blockades put in place */
		"IMPOSE", "IMPOSED", "IMPOSES", "IMPOSING", "REIMPOSE", "REIMPOSED", "REIMPOSES",
		"RESTORE", "RESTORED", "RESTORES", "AUTHORIZED", "AUTHORISED", "APPROVED",
		"ADOPTED", "UNVEILED", "SLAPPED", "LEVIED", "INTRODUCED", "ORDERED", "TIGHTENED",
		"EXPANDED", NULL},
	/* civilians whose force is a riot, 145 (verb.c riot_source) */
	[FWI_PROTESTERS] = (const char *const[]){"PROTESTER", "PROTESTERS", "PROTESTOR", "PROTESTORS",
	                                         "DEMONSTRATOR", "DEMONSTRATORS", "RIOTER", "RIOTERS",
	                                         "MOB", "MOBS", NULL},
};

/* The table of every list's words: each coder has its own (read-only once
 * built). NULL when out of memory, or when the lists do not fit (a
 * programming error that dyad__parse_check_tables and the unit tests
 * catch). */
fw_ent *dyad__fw_table(void)
{
	fw_ent *t = calloc(FWTAB, sizeof *t);
	if (!t)
		return NULL;
	size_t n = 0;
	for (int l = 0; l < FW_NLISTS; l++)
		for (const char *const *w = fw_lists[l]; *w; w++) {
			char buf[32] = {0}; /* zero-padded: read 8 bytes at a time */
			size_t len = strlen(*w);
			if (len >= sizeof buf - 8) {
				free(t); /* a list word too long (dyad__parse_check_tables) */
				return NULL;
			}
			memcpy(buf, *w, len);
			uint32_t h, h2;
			dyad__word_hashes(buf, (uint32_t)len, &h, &h2);
			uint32_t i = h & (FWTAB - 1);
			while (t[i].mask && !(t[i].h == h && t[i].h2 == h2))
				i = (i + 1) & (FWTAB - 1);
			if (!t[i].mask)
				n++;
			t[i].h = h;
			t[i].h2 = h2;
			t[i].mask |= (uint64_t)1 << l;
		}
	if (n > FWTAB / 2) {
		free(t); /* the table must stay at most half full */
		return NULL;
	}
	return t;
}

/* Are the lists fit for the table: upper-case ASCII letters and
 * apostrophes, shorter than 24 bytes? 0 if so (a unit test asks). */
int dyad__parse_check_tables(void)
{
	for (int l = 0; l < FW_NLISTS; l++) {
		if (!fw_lists[l])
			return -1;
		for (const char *const *w = fw_lists[l]; *w; w++) {
			size_t n = strlen(*w);
			if (n == 0 || n >= 24)
				return -1;
			for (size_t i = 0; i < n; i++)
				if (!(((*w)[i] >= 'A' && (*w)[i] <= 'Z') || (*w)[i] == '\''))
					return -1;
		}
	}
	return 0;
}
