#include "gazette/dates.hpp"

#include <gtest/gtest.h>

namespace gazette {
namespace {

TEST(Dates, ReadsIsoRfc2822AndNewsForms) {
  struct Case { const char* given; const char* want; };
  const Case cases[] = {
      {"2017-04-12", "2017-04-12"},
      {"  2017-04-12  ", "2017-04-12"},
      {"2017-04-12T18:37", "2017-04-12T18:37"},
      {"2017-04-12 18:37:05", "2017-04-12T18:37:05"},
      {"2017-04-12T18:37:05.123Z", "2017-04-12T18:37:05Z"},
      {"2017-04-12T18:37:05+0100", "2017-04-12T18:37:05+01:00"},
      {"2017-04-12T18:37:05-04:00", "2017-04-12T18:37:05-04:00"},
      {"2017-04-12T18:37:05 EDT", "2017-04-12T18:37:05-04:00"},
      {"Wed, 12 Apr 2017 18:37:05 +0100", "2017-04-12T18:37:05+01:00"},
      {"Wed, 12 Apr 2017 18:37 BST", "2017-04-12T18:37+01:00"},
      {"12 Apr 2017 18:37:05 GMT", "2017-04-12T18:37:05Z"},
      {"Wed, 12 Apr 2017 18:37 (CEST)", "2017-04-12T18:37+02:00"},
      {"April 12, 2017", "2017-04-12"},
      {"Wednesday, April 12, 2017", "2017-04-12"},
      {"Apr. 12, 2017 6:37 p.m. ET", "2017-04-12T18:37"},
      {"Apr 12, 2017 6:37pm", "2017-04-12T18:37"},
      {"April 12, 2017 at 12 AM", "2017-04-12T00:00"},
      {"Sept. 3, 2017", "2017-09-03"},
      {"12 April 2017", "2017-04-12"},
      {"12th April 2017 at 18:37", "2017-04-12T18:37"},
      {"1st May 2017", "2017-05-01"},
      {"Wednesday 12 April 2017 18.37 BST", "2017-04-12T18:37+01:00"},
      {"6:37 PM ET, Wed April 12, 2017", "2017-04-12T18:37"},
      {"2017/04/12", "2017-04-12"},
      {"24/12/2017", "2017-12-24"},
      {"12/24/2017", "2017-12-24"},
      {"24.12.2017", "2017-12-24"},
      {"1491936000", "2017-04-11T18:40:00Z"},
      {"1491936000000", "2017-04-11T18:40:00Z"},
      {"29 February 2016", "2016-02-29"},
      {"Published: 12:37 BST, 12 April 2017 | Updated: 13:01 BST, 12 April 2017", "2017-04-12T12:37+01:00"},
      {"Updated: April 12, 2017", "2017-04-12"},
  };
  for (const auto& c : cases) {
    const auto got = read_date(c.given);
    ASSERT_TRUE(got.has_value()) << c.given;
    EXPECT_EQ(*got, c.want) << c.given;
  }
}

TEST(Dates, RefusesWhatItCannotReadSurely) {
  for (const char* s : {"", "   ", "yesterday", "04/12/2017", "31 April 2017", "29 February 2017", "2017-13-01",
                        "2017-04-12T25:00", "12 April", "April 2017 news", "20170412", "2017-04-12T18:37 Mars",
                        "Wed, 12 Apr 2017 18:37 XYZ", "12/04/17", "Published on: 12 April 2017 or so"}) {
    EXPECT_FALSE(read_date(s).has_value()) << s;
  }
}

}  // namespace
}  // namespace gazette
