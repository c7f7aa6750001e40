// Copyright 2026 The Dateline Authors.

#include "article/html_prefilter.h"

#include <cctype>
#include <cstdint>
#include <cstring>
#include <vector>

#include "util/strings.h"

namespace dateline {

namespace {

// A tag name lowered into a small buffer; longer names are not ours to
// recognise and come out empty.
inline bool IsAttrSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

struct TagName {
  // The name lowered and zero-padded into two words, so that comparing two
  // names is comparing two pairs of integers (no memcmp per tag and set
  // member); names longer than 16 bytes are not ours to recognise.
  uint64_t w[2] = {0, 0};
  size_t len = 0;
  TagName() = default;
  explicit TagName(std::string_view name) {
    if (name.size() > sizeof w) return;
    char buf[sizeof w] = {};
    for (size_t i = 0; i < name.size(); ++i) {
      char c = name[i];
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    std::memcpy(w, buf, sizeof w);
    len = name.size();
  }
  std::string_view view() const { return std::string_view(reinterpret_cast<const char*>(w), len); }
  bool operator==(const TagName& o) const { return len == o.len && w[0] == o.w[0] && w[1] == o.w[1]; }
  template <size_t N>
  bool In(const TagName (&set)[N]) const {
    for (const TagName& t : set) {
      if (*this == t) return true;
    }
    return false;
  }
};

const TagName kVoidTags[] = {
    TagName("br"),    TagName("img"),    TagName("input"), TagName("meta"),  TagName("link"),
    TagName("hr"),    TagName("source"), TagName("wbr"),   TagName("area"),  TagName("base"),
    TagName("col"),   TagName("embed"),  TagName("param"), TagName("track"), TagName("keygen")};
const TagName kRawTextTags[] = {TagName("script"),  TagName("style"),    TagName("textarea"),
                                TagName("title"),   TagName("xmp"),      TagName("iframe"),
                                TagName("noembed"), TagName("noframes"), TagName("plaintext")};
const TagName kSiblingClosers[] = {TagName("p"),  TagName("li"),     TagName("dt"), TagName("dd"),
                                   TagName("option"), TagName("tr"), TagName("td"), TagName("th")};
const TagName kInertTags[] = {TagName("script"), TagName("style"), TagName("noscript")};
// Elements that start and end lines: whitespace between two of their
// tags is never text anyone sees.
const TagName kBlockTags[] = {
    TagName("html"),   TagName("head"),    TagName("body"),       TagName("div"),
    TagName("p"),      TagName("ul"),      TagName("ol"),         TagName("li"),
    TagName("section"), TagName("article"), TagName("header"),    TagName("footer"),
    TagName("nav"),    TagName("aside"),   TagName("main"),       TagName("table"),
    TagName("thead"),  TagName("tbody"),   TagName("tfoot"),      TagName("tr"),
    TagName("td"),     TagName("th"),      TagName("h1"),         TagName("h2"),
    TagName("h3"),     TagName("h4"),      TagName("h5"),         TagName("h6"),
    TagName("form"),   TagName("figure"),  TagName("figcaption"), TagName("blockquote"),
    TagName("dl"),     TagName("dt"),      TagName("dd"),         TagName("hr"),
    TagName("meta"),   TagName("link"),    TagName("title"),      TagName("base"),
    TagName("script"), TagName("style"),   TagName("noscript"),   TagName("svg"),
    TagName("template"), TagName("iframe"), TagName("select"),    TagName("option"),
    TagName("fieldset"), TagName("details"), TagName("summary"),  TagName("address"),
    TagName("caption"), TagName("colgroup"), TagName("col"),      TagName("center")};
const TagName kFurnitureTags[] = {TagName("nav"), TagName("aside"), TagName("footer")};
const TagName kPre("pre");
const TagName kScript("script");
const TagName kSvg("svg");
const TagName kPlaintext("plaintext");

bool IsVoidTag(const TagName& t) { return t.In(kVoidTags); }
bool IsRawTextTag(const TagName& t) { return t.In(kRawTextTags); }
// Tags whose start closes an open one of the same kind (<p><p>, <li><li>).
bool SelfClosesSibling(const TagName& t) { return t.In(kSiblingClosers); }

// Offset of the "</name" that ends a raw-text element, or html.size().
size_t FindRawTextEnd(std::string_view html, size_t from, std::string_view lower_name) {
  size_t i = from;
  while (true) {
    const void* lt = std::memchr(html.data() + i, '<', html.size() - i);
    if (lt == nullptr) return html.size();
    i = static_cast<const char*>(lt) - html.data();
    if (i + 1 + lower_name.size() < html.size() && html[i + 1] == '/' &&
        EqualsIgnoreCaseAscii(html.substr(i + 2, lower_name.size()), lower_name)) {
      return i;
    }
    ++i;
  }
}

// The offset just past the '>' that ends the tag whose name ends at
// `from`, honouring quoted attribute values; html.size() if none.
size_t TagEnd(std::string_view html, size_t from) {
  const char* p = html.data() + from;
  const char* end = html.data() + html.size();
  while (p < end) {
    // The next '>' or quote; inside a value only its closing quote counts.
    const char* gt = static_cast<const char*>(std::memchr(p, '>', end - p));
    const char* q = p;
    while (q < (gt ? gt : end) && *q != '"' && *q != '\'') ++q;
    if (gt != nullptr && q >= gt) return static_cast<size_t>(gt - html.data()) + 1;
    if (q >= end) return html.size();
    // Only a quote that opens a value ("=" before it, spaces allowed).
    const char* b = q;
    while (b > html.data() + from && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\n')) --b;
    if (b > html.data() + from && b[-1] == '=') {
      const char* close = static_cast<const char*>(std::memchr(q + 1, *q, end - q - 1));
      if (close == nullptr) return html.size();
      p = close + 1;
    } else {
      p = q + 1;
    }
  }
  return html.size();
}

// The offset past the end tag "</name ...>" found at `at` (or html.size()).
size_t PastEndTag(std::string_view html, size_t at) {
  if (at >= html.size()) return html.size();
  const void* gt = std::memchr(html.data() + at, '>', html.size() - at);
  return gt == nullptr ? html.size() : static_cast<const char*>(gt) - html.data() + 1;
}

// One piece of markup NextMarkup finds: a comment, or a start or end tag
// with its lowered name.
struct Markup {
  size_t start = 0;     // its '<'
  size_t end = 0;       // past its '>' or "-->", or the end of the input
  size_t name_end = 0;  // past a tag's name
  bool comment = false;
  bool end_tag = false;
  bool closed = false;  // its '>' or "-->" was found
  TagName name;
};

// The next comment or tag at or after `from`; false when there is none.
// A '<' not followed by a letter (or '/' and a letter) is text.
bool NextMarkup(std::string_view html, size_t from, Markup* m) {
  size_t i = from;
  while (i < html.size()) {
    const void* lt = std::memchr(html.data() + i, '<', html.size() - i);
    if (lt == nullptr) return false;
    i = static_cast<const char*>(lt) - html.data();
    m->start = i;
    if (html.compare(i, 4, "<!--") == 0) {
      size_t e = html.find("-->", i + 4);
      m->comment = true;
      m->closed = e != std::string_view::npos;
      m->end = m->closed ? e + 3 : html.size();
      return true;
    }
    bool end_tag = i + 1 < html.size() && html[i + 1] == '/';
    size_t n0 = i + (end_tag ? 2 : 1);
    if (n0 >= html.size() || !std::isalpha(static_cast<unsigned char>(html[n0]))) {
      i = n0;
      continue;
    }
    size_t n1 = n0;
    while (n1 < html.size() && !IsAttrSpace(html[n1]) && html[n1] != '>' && html[n1] != '/') {
      ++n1;
    }
    m->comment = false;
    m->end_tag = end_tag;
    m->name_end = n1;
    m->name = TagName(html.substr(n0, n1 - n0));
    m->end = TagEnd(html, n1);
    m->closed = m->end > n1 && html[m->end - 1] == '>';
    return true;
  }
  return false;
}

// The end of an element `name` (lower case) whose start tag ends at
// `from`: past its matching end tag, counting nested ones.
size_t ElementEnd(std::string_view html, size_t from, std::string_view name);

// The end of an <svg> element whose start tag ends at `from`: past its
// matching "</svg>", counting nested <svg>s.
size_t SvgEnd(std::string_view html, size_t from) { return ElementEnd(html, from, "svg"); }

size_t ElementEnd(std::string_view html, size_t from, std::string_view name) {
  int depth = 1;
  size_t i = from;
  while (true) {
    const void* lt = std::memchr(html.data() + i, '<', html.size() - i);
    if (lt == nullptr) return html.size();
    i = static_cast<const char*>(lt) - html.data();
    bool end_tag = i + 1 < html.size() && html[i + 1] == '/';
    size_t n = i + (end_tag ? 2 : 1);
    size_t len = name.size();
    if (n + len <= html.size() && EqualsIgnoreCaseAscii(html.substr(n, len), name) &&
        (n + len == html.size() || !std::isalnum(static_cast<unsigned char>(html[n + len])))) {
      size_t e = TagEnd(html, n + len);
      if (end_tag) {
        if (--depth == 0) return e;
      } else if (e >= 2 && html[e - 2] != '/') {
        ++depth;
      }
      i = e;
      continue;
    }
    ++i;
  }
}

// Attributes the extractor reads (html_extract.cc, html_meta.cc); the
// rest (src, srcset, data-*, on*, width, ...) are dropped.
bool IsReadAttribute(std::string_view name) {
  static const std::string_view kRead[] = {
      "aria-hidden", "charset", "class", "content", "datetime", "href", "hidden", "http-equiv",
      "id", "itemprop", "lang", "name", "property", "rel", "role", "style", "type"};
  if (name.size() < 2 || name.size() > 11) return false;
  for (std::string_view r : kRead) {
    if (EqualsIgnoreCaseAscii(name, r)) return true;
  }
  return false;
}

// Parses the attributes of the start tag whose name ends at `from` and
// whose '>' is at `gt` - 1, as the HTML tokenizer does. Appends to `*out`
// the attributes IsReadAttribute keeps, each as written, and returns true;
// returns false (writing nothing) when every attribute is kept.
bool FilterAttributes(std::string_view html, size_t from, size_t gt, std::string* out) {
  std::string_view tag = html.substr(from, gt - 1 - from);
  // A quick pass: any attribute to drop?
  bool any_dropped = false;
  std::string kept;
  size_t i = 0;
  while (i < tag.size()) {
    while (i < tag.size() && (IsAttrSpace(tag[i]) || tag[i] == '/')) ++i;
    if (i >= tag.size()) break;
    size_t name_begin = i;
    ++i;  // the first character may be '=' and still be part of the name
    while (i < tag.size() && !IsAttrSpace(tag[i]) && tag[i] != '/' && tag[i] != '=') ++i;
    std::string_view name = tag.substr(name_begin, i - name_begin);
    size_t k = i;
    while (k < tag.size() && IsAttrSpace(tag[k])) ++k;
    size_t end = i;
    if (k < tag.size() && tag[k] == '=') {
      ++k;
      while (k < tag.size() && IsAttrSpace(tag[k])) ++k;
      if (k < tag.size() && (tag[k] == '"' || tag[k] == '\'')) {
        size_t close = tag.find(tag[k], k + 1);
        end = close == std::string_view::npos ? tag.size() : close + 1;
      } else {
        end = k;
        while (end < tag.size() && !IsAttrSpace(tag[end])) ++end;
      }
    }
    if (IsReadAttribute(name)) {
      kept.push_back(' ');
      kept.append(tag.substr(name_begin, end - name_begin));
    } else {
      any_dropped = true;
    }
    i = end;
  }
  if (!any_dropped) return false;
  out->append(kept);
  return true;
}

}  // namespace

size_t StripInertMarkup(std::string_view html, std::string* out) {
  out->clear();
  size_t i = 0, copied = 0, dropped = 0;
  std::string rewritten;
  auto drop = [&](size_t from, size_t to) {
    if (out->empty()) out->reserve(html.size());
    out->append(html.substr(copied, from - copied));
    dropped += to - from;
    copied = to;
  };
  // The end of the last tag and whether it was a block's; inside <pre>
  // whitespace is text.
  size_t last_end = std::string_view::npos;
  bool last_block = false;
  int in_pre = 0;
  auto blank = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      if (!IsAttrSpace(html[k])) return false;
    }
    return true;
  };
  // Called at each tag: drops the whitespace since the last tag when both
  // are blocks', then records this one.
  auto at_tag = [&](size_t start, size_t end, bool block) {
    if (block && last_block && in_pre == 0 && last_end != std::string_view::npos &&
        last_end >= copied && last_end < start && blank(last_end, start)) {
      drop(last_end, start);
    }
    last_end = end;
    last_block = block;
  };
  Markup m;
  while (i < html.size() && NextMarkup(html, i, &m)) {
    size_t start = m.start;
    if (m.comment) {
      size_t end = m.end;
      drop(start, end);
      i = end;
      continue;  // a comment is nothing: the tags around it still meet
    }
    bool end_tag = m.end_tag;
    size_t n1 = m.name_end;
    const TagName& name = m.name;
    size_t tag_end = m.end;
    bool block = name.In(kBlockTags);
    if (end_tag) {
      if (name == kPre && in_pre > 0) --in_pre;
      at_tag(start, tag_end, block);
      i = tag_end;
      continue;
    }
    if (name == kPre) ++in_pre;
    at_tag(start, tag_end, block);
    bool self_closing = tag_end >= 2 && html[tag_end - 2] == '/';
    if (name.In(kInertTags)) {
      size_t content_end = FindRawTextEnd(html, tag_end, name.view());
      size_t end = PastEndTag(html, content_end);
      std::string_view attrs = html.substr(n1, tag_end - n1);
      bool json_ld = name == kScript &&
                     FindIgnoreCaseAscii(attrs, "ld+json") != std::string_view::npos;
      if (!json_ld) drop(start, end);
      last_end = end;
      i = end;
      continue;
    }
    // Navigation and asides are page furniture the extractor leaves out
    // (it reads them only when a page has almost no other text); those
    // that hold a heading, a date or a byline are kept for the metadata.
    if (name.In(kFurnitureTags)) {
      size_t end = ElementEnd(html, tag_end, name.view());
      std::string_view inner = html.substr(tag_end, end - tag_end);
      bool meta = FindIgnoreCaseAscii(inner, "<h1") != std::string_view::npos ||
                  FindIgnoreCaseAscii(inner, "<time") != std::string_view::npos ||
                  FindIgnoreCaseAscii(inner, "itemprop") != std::string_view::npos ||
                  FindIgnoreCaseAscii(inner, "author") != std::string_view::npos ||
                  FindIgnoreCaseAscii(inner, "byline") != std::string_view::npos;
      if (!meta) {
        drop(start, end);
        last_end = end;
        i = end;
        continue;
      }
    }
    if (name == kSvg) {
      size_t end = self_closing ? tag_end : SvgEnd(html, tag_end);
      drop(start, end);
      last_end = end;
      i = end;
      continue;
    }
    if (name == kPlaintext) break;  // the rest is text
    // Attributes nobody reads, left to the parser, cost more than the
    // text: rewrite the tag without them.
    if (tag_end - n1 > 24 && html[tag_end - 1] == '>') {
      rewritten.assign(html.substr(start, n1 - start));
      if (FilterAttributes(html, n1, tag_end, &rewritten) &&
          rewritten.size() + 1 < tag_end - start) {
        rewritten.push_back('>');
        drop(start, tag_end);
        out->append(rewritten);
        dropped -= rewritten.size();
      }
    }
    if (IsRawTextTag(name)) {
      i = FindRawTextEnd(html, tag_end, name.view());
      last_end = std::string_view::npos;  // its text is not whitespace to drop
      continue;
    }
    i = tag_end;
  }
  if (dropped == 0) {
    out->clear();
    return 0;
  }
  out->append(html.substr(copied));
  return dropped;
}

bool CapNesting(std::string_view html, size_t cap, std::string* out) {
  // Names are kept lowered, in fixed slots (std::string_view would point
  // into a TagName that is gone).
  std::vector<TagName> open;
  size_t overflow = 0;
  bool capped = false;
  size_t i = 0, copied = 0;
  auto drop = [&](size_t from, size_t to) {
    if (out) out->append(html.substr(copied, from - copied));
    copied = to;
  };
  Markup m;
  while (NextMarkup(html, i, &m)) {
    size_t start = m.start;
    if (m.comment) {
      i = m.end;
      continue;
    }
    if (!m.closed) break;
    bool end_tag = m.end_tag;
    const TagName& name = m.name;
    bool self_closing = m.end >= 2 && html[m.end - 2] == '/';
    i = m.end;
    if (end_tag) {
      if (overflow > 0) {
        --overflow;
        drop(start, i);
        continue;
      }
      for (size_t k = open.size(), looked = 0; k-- > 0 && looked < 16; ++looked) {
        if (open[k] == name) {
          open.resize(k);
          break;
        }
      }
      continue;
    }
    if (IsRawTextTag(name)) {
      // Skip to the matching end tag: its content is not markup.
      i = FindRawTextEnd(html, i, name.view());
      continue;
    }
    if (self_closing || IsVoidTag(name)) continue;
    if (SelfClosesSibling(name) && !open.empty() && open.back() == name) {
      open.pop_back();
    }
    if (open.size() >= cap) {
      capped = true;
      if (!out) return true;
      ++overflow;
      drop(start, i);
      continue;
    }
    open.push_back(name);
  }
  if (out) out->append(html.substr(copied));
  return capped;
}

}  // namespace dateline
