// TimelineJS's HTML text as plain text.

#include "timelinejs/slides.hpp"

#include <gtest/gtest.h>

namespace chronograph::detail::timelinejs {
namespace {

TEST(TimelineJsSlides, HtmlBecomesPlainText) {
  EXPECT_EQ(html_to_text("<p>Sputnik &amp; Vostok</p><p>1957&#8211;61</p>"),
            "Sputnik & Vostok\n1957\xE2\x80\x93"
            "61");
  EXPECT_EQ(html_to_text("a<br>b<br/>c &lt;d&gt; &#x41; &quot;e&quot; &#39;f&#39;"),
            "a\nb\nc <d> A \"e\" 'f'");
  EXPECT_EQ(html_to_text("AT&T <b>bold</b> &unknown; 3 < 4"), "AT&T bold &unknown; 3 < 4");
}

}  // namespace
}  // namespace chronograph::detail::timelinejs
