#include "gazette/ingest.hpp"

#include <gtest/gtest.h>

namespace gazette {
namespace {

TEST(HtmlMetadata, TitleDateUrlAndSite) {
  struct Case { const char* html; const char* title; const char* date; const char* url; const char* site; };
  const Case cases[] = {
      // og:title first; og:site_name; article:published_time; canonical before og:url.
      {"<head><title>A | B</title><meta property=\"og:title\" content=\"Rain in Spain\">"
       "<meta property=\"og:site_name\" content=\"Daily Example\"><meta property=\"og:url\" content=\"u1\">"
       "<link rel=\"canonical\" href=\"u2\"><meta property=\"article:published_time\" content=\"2017-04-12T10:00Z\">"
       "</head><body><h1>Other</h1></body>",
       "Rain in Spain", "2017-04-12T10:00Z", "u2", "Daily Example"},
      // h1 before <title>; the site suffix after " | " goes.
      {"<title>Rain in Spain | Daily Example</title><body><h1>Rain  in\nSpain</h1></body>", "Rain in Spain", "", "", ""},
      // Only <title>: a short segment after " | " is the site; after " - " only when it is og:site_name.
      {"<title>Rain falls on the plain | Daily Example</title>", "Rain falls on the plain", "", "", ""},
      {"<title>Daily Example | Rain falls on the plain</title>", "Rain falls on the plain", "", "", ""},
      {"<title>Putin - the interview</title>", "Putin - the interview", "", "", ""},
      {"<title>Rain in Spain - Daily Example</title><meta property=\"og:site_name\" content=\"Daily Example\">",
       "Rain in Spain", "", "", "Daily Example"},
      // itemprop datePublished on <meta> and on <time>; JSON-LD in @graph; <meta name=date>.
      {"<meta itemprop=\"datePublished\" content=\"2017-04-12\">", "", "2017-04-12", "", ""},
      {"<body><time itemprop=\"datePublished\" datetime=\"2017-04-13\">13 April</time></body>", "", "2017-04-13", "", ""},
      {"<script type=\"application/ld+json\">{\"@graph\":[{\"headline\":\"H\",\"datePublished\":\"2017-04-14\"}]}</script>",
       "H", "2017-04-14", "", ""},
      {"<meta name=\"date\" content=\"April 15, 2017\">", "", "April 15, 2017", "", ""},
      // Broken JSON-LD is ignored.
      {"<script type=\"application/ld+json\">{\"datePublished\":</script><title>T</title>", "T", "", "", ""},
  };
  for (const auto& c : cases) {
    const HtmlMetadata m = html_metadata(c.html);
    EXPECT_EQ(m.title, c.title) << c.html;
    EXPECT_EQ(m.date, c.date) << c.html;
    EXPECT_EQ(m.url, c.url) << c.html;
    EXPECT_EQ(m.site_name, c.site) << c.html;
  }
}

TEST(HtmlMetadata, HeadlineShownOnceInTheText) {
  std::string text, title;
  html_to_text("<title>Rain in Spain | Daily Example</title><body><nav>Home</nav><h1>Rain in Spain</h1><p>It fell.</p></body>",
               text, title);
  EXPECT_EQ(title, "Rain in Spain");
  EXPECT_EQ(text, "Rain in Spain\n\nIt fell.");
  // og:title and the h1 differ: the h1 in the text is the headline.
  html_to_text("<meta property=\"og:title\" content=\"Rain in Spain, again\"><body><h1>It rains in Spain</h1><p>It fell.</p></body>",
               text, title);
  EXPECT_EQ(title, "Rain in Spain, again");
  EXPECT_EQ(text, "It rains in Spain\n\nIt fell.");
  // The h1 sits in a <header>, which the text leaves out: the title comes first.
  html_to_text("<body><header><h1>Rain in Spain</h1></header><p>It fell.</p></body>", text, title);
  EXPECT_EQ(text, "Rain in Spain\n\nIt fell.");
}

}  // namespace
}  // namespace gazette
