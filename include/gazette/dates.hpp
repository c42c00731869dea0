// Dates of documents: the forms news metadata uses, read into ISO 8601.
//
// read_date() accepts
//   - ISO 8601: 2017-04-12, 2017-04-12T18:37, 2017-04-12 18:37:05, 2017-04-12T18:37:05.123Z,
//     2017-04-12T18:37:05+01:00 (or +0100), 20170412 is not read (too easily a number);
//   - RFC 2822 / RFC 1123: Wed, 12 Apr 2017 18:37:05 +0100, Wed, 12 Apr 2017 18:37 BST;
//   - the common news forms, with or without weekday, commas, ordinals and a time
//     before or after the date: April 12, 2017; Apr. 12, 2017 6:37 p.m. ET;
//     12 April 2017; 12th April 2017 at 18:37; 6:37 PM ET, Wed April 12, 2017;
//     2017/04/12; Wednesday 12 April 2017 18.37 BST;
//   - of several stamps, the first, without its label: "Published: 12:37 BST, 12 April
//     2017 | Updated: 13:01 BST, 12 April 2017" is 2017-04-12T12:37+01:00;
//   - numeric day/month dates only when the order is certain (12/24/2017 is US,
//     24/12/2017 is UK); 04/12/2017 could be either, and is not read;
//   - Unix time in seconds (10 digits) or milliseconds (13 digits), as UTC.
// The result keeps what was given: "2017-04-12" for a date alone,
// "2017-04-12T18:37" for a local time without zone (or with a zone name that does not
// fix the offset, such as ET), "2017-04-12T18:37:05+01:00" with an offset ("Z" for
// UTC/GMT). The local date and time are kept, never converted to UTC, so the
// date is the one the article carries. Zone names read: UT, UTC, GMT, Z and the
// fixed-offset names of RFC 2822 (EST, EDT, CST, CDT, MST, MDT, PST, PDT) plus BST,
// CET, CEST, EET, EEST, MSK; ET, CT, MT, PT are read without offset.
//
// The words of this grammar that are not calendar constants are data: the word lists
// date_am_words, date_pm_words, ordinal_suffixes, date_fillers and month_variants of
// data/lexicon/word_lists.json (a --rules file of kind word_lists adds to them; the
// runner passes the pipeline's lists to the reader of the inputs). Month and weekday
// names are those of strptime() in the C locale.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

class Lexicons;

// The date grammar's words, lower case.
struct DateWords {
  std::vector<std::string> am, pm;     // "a.m.", "pm": read as AM / PM
  std::vector<std::string> ordinal_suffixes;  // "th": taken off a day number ("12th")
  std::vector<std::string> fillers;    // "at": dropped
  std::vector<std::string> month_variants;  // "sept": read as its first three letters
  // The lists of `lex` (built-in and user files).
  static DateWords of(const Lexicons& lex);
  // The built-in lists alone.
  static const DateWords& builtin();
};

// The ISO 8601 form of `text` (see above); nullopt when it is not a date read here
// (also for impossible dates such as 31 April). Leading and trailing spaces are ignored.
std::optional<std::string> read_date(std::string_view text, const DateWords& words = DateWords::builtin());

// Whether `word` alone names a month as read_date() reads one: a month's name, full or
// abbreviated, in any case (strptime()'s %b in the C locale: `January`, `Jan`), or a
// month variant of `words` (`Sept`), with or without an abbreviation's dot (`Sept.`);
// `Marching`, `Mayor` and `Monday` are none.
bool month_name(std::string_view word, const DateWords& words = DateWords::builtin());

}  // namespace gazette
