// Copyright 2026 The Dateline Authors.

#include "ingest/feed.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "article/page_date.h"
#include "ingest/charset.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dateline {

namespace {

constexpr size_t kMaxDepth = 256;

constexpr std::string_view kAtomNs = "http://www.w3.org/2005/Atom";
constexpr std::string_view kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kDcNs = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view kRss1Ns = "http://purl.org/rss/1.0/";
constexpr std::string_view kRss09Ns = "http://my.netscape.com/rdf/simple/0.9/";
constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";

std::string Mb(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsNameStart(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u == ':' || u >= 0x80;
}

bool IsNameChar(char c) {
  return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// ---------------------------------------------------------------------------
// Entities.

struct NamedEntity {
  const char* name;
  uint32_t cp;
};

// XML's five, and the HTML ones feeds use without a DTD to declare them.
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},
    {"apos", '\''},     {"nbsp", 0xA0},      {"iexcl", 0xA1},     {"cent", 0xA2},
    {"pound", 0xA3},    {"euro", 0x20AC},    {"yen", 0xA5},       {"sect", 0xA7},
    {"copy", 0xA9},     {"laquo", 0xAB},     {"raquo", 0xBB},     {"reg", 0xAE},
    {"deg", 0xB0},      {"plusmn", 0xB1},    {"middot", 0xB7},    {"frac12", 0xBD},
    {"frac14", 0xBC},   {"frac34", 0xBE},    {"iquest", 0xBF},    {"times", 0xD7},
    {"divide", 0xF7},   {"shy", 0xAD},       {"ndash", 0x2013},   {"mdash", 0x2014},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},   {"sbquo", 0x201A},   {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"bdquo", 0x201E},   {"bull", 0x2022},    {"hellip", 0x2026},
    {"prime", 0x2032},  {"trade", 0x2122},   {"ensp", 0x2002},    {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"zwnj", 0x200C},    {"zwj", 0x200D},     {"lrm", 0x200E},
    {"rlm", 0x200F},    {"Agrave", 0xC0},    {"Aacute", 0xC1},    {"Acirc", 0xC2},
    {"Atilde", 0xC3},   {"Auml", 0xC4},      {"Aring", 0xC5},     {"AElig", 0xC6},
    {"Ccedil", 0xC7},   {"Egrave", 0xC8},    {"Eacute", 0xC9},    {"Ecirc", 0xCA},
    {"Euml", 0xCB},     {"Igrave", 0xCC},    {"Iacute", 0xCD},    {"Icirc", 0xCE},
    {"Iuml", 0xCF},     {"Ntilde", 0xD1},    {"Ograve", 0xD2},    {"Oacute", 0xD3},
    {"Ocirc", 0xD4},    {"Otilde", 0xD5},    {"Ouml", 0xD6},      {"Oslash", 0xD8},
    {"Ugrave", 0xD9},   {"Uacute", 0xDA},    {"Ucirc", 0xDB},     {"Uuml", 0xDC},
    {"Yacute", 0xDD},   {"szlig", 0xDF},     {"agrave", 0xE0},    {"aacute", 0xE1},
    {"acirc", 0xE2},    {"atilde", 0xE3},    {"auml", 0xE4},      {"aring", 0xE5},
    {"aelig", 0xE6},    {"ccedil", 0xE7},    {"egrave", 0xE8},    {"eacute", 0xE9},
    {"ecirc", 0xEA},    {"euml", 0xEB},      {"igrave", 0xEC},    {"iacute", 0xED},
    {"icirc", 0xEE},    {"iuml", 0xEF},      {"ntilde", 0xF1},    {"ograve", 0xF2},
    {"oacute", 0xF3},   {"ocirc", 0xF4},     {"otilde", 0xF5},    {"ouml", 0xF6},
    {"oslash", 0xF8},   {"ugrave", 0xF9},    {"uacute", 0xFA},    {"ucirc", 0xFB},
    {"uuml", 0xFC},     {"yacute", 0xFD},    {"yuml", 0xFF},      {"oelig", 0x153},
    {"OElig", 0x152},   {"scaron", 0x161},   {"Scaron", 0x160},   {"zcaron", 0x17E},
    {"Zcaron", 0x17D},
};

// Appends `raw` with its entity and character references decoded. An
// unknown or malformed reference is kept as written.
void AppendDecoded(std::string_view raw, std::string* out) {
  size_t i = 0;
  while (i < raw.size()) {
    size_t amp = raw.find('&', i);
    if (amp == std::string_view::npos) {
      out->append(raw.substr(i));
      return;
    }
    out->append(raw.substr(i, amp - i));
    size_t semi = raw.find(';', amp + 1);
    if (semi == std::string_view::npos || semi - amp > 12) {
      out->push_back('&');
      i = amp + 1;
      continue;
    }
    std::string_view ref = raw.substr(amp + 1, semi - amp - 1);
    uint32_t cp = 0;
    bool ok = false;
    if (ref.size() >= 2 && ref[0] == '#') {
      bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::string_view digits = ref.substr(hex ? 2 : 1);
      ok = !digits.empty();
      for (char c : digits) {
        int d = c >= '0' && c <= '9'            ? c - '0'
                : hex && c >= 'a' && c <= 'f'   ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F'   ? c - 'A' + 10
                                                : -1;
        if (d < 0) {
          ok = false;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
        if (cp > 0x10FFFF) cp = 0x110000;  // saturate: replaced below
      }
      if (ok && (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) cp = 0xFFFD;
    } else {
      for (const NamedEntity& e : kEntities) {
        if (ref == e.name) {
          cp = e.cp;
          ok = true;
          break;
        }
      }
    }
    if (!ok) {
      out->push_back('&');
      i = amp + 1;
      continue;
    }
    AppendUtf8(cp, out);
    i = semi + 1;
  }
}

std::string DecodeEntities(std::string_view raw) {
  std::string out;
  AppendDecoded(raw, &out);
  return out;
}

// True for text that holds HTML tags ("<p>", "</a>", "<br/>").
bool HoldsMarkup(std::string_view s) {
  for (size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
    size_t j = i + 1;
    if (j < s.size() && s[j] == '/') ++j;
    size_t name = j;
    while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
                            (j > name && s[j] >= '0' && s[j] <= '9'))) {
      ++j;
    }
    if (j == name || j >= s.size()) continue;
    if (s[j] == '>' || s[j] == '/' || IsXmlSpace(s[j])) {
      if (s.find('>', j) != std::string_view::npos) return true;
    }
  }
  return false;
}

// Text of a bit of markup: tags dropped (block ends as spaces), entities
// decoded, whitespace collapsed. For titles.
std::string MarkupToText(std::string_view s) {
  std::string plain;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '<' && i + 1 < s.size() && (IsNameStart(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
      size_t close = s.find('>', i);
      if (close == std::string_view::npos) break;
      plain.push_back(' ');
      i = close + 1;
      continue;
    }
    plain.push_back(s[i]);
    ++i;
  }
  return CollapseWhitespace(DecodeEntities(plain));
}

std::string EscapeHtml(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// The tokenizer.

struct Token {
  enum Kind { kStart, kEnd, kText, kEof } kind = kEof;
  std::string_view qname;
  std::vector<std::pair<std::string_view, std::string>> attrs;  // name, decoded value
  bool self_closing = false;
  std::string text;  // kText: decoded text or CDATA
  size_t begin = 0;  // where the token starts in the input
  size_t end = 0;    // just past it
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view s) : s_(s) {}

  // The next token; kCorrupt (naming the line) for markup that is broken.
  Status Next(Token* t);

  size_t LineAt(size_t offset) const {
    size_t line = 1;
    for (size_t i = 0; i < offset && i < s_.size(); ++i) line += s_[i] == '\n';
    return line;
  }
  Status Fail(size_t offset, const std::string& what) const {
    return Status::Corrupt("malformed feed at line " + std::to_string(LineAt(offset)) + ": " + what);
  }

 private:
  Status SkipMisc();
  Status StartTag(Token* t);

  std::string_view s_;
  size_t pos_ = 0;
  bool skipped_ = false;
};

// Skips one comment, processing instruction or <!...> declaration at the
// current position, if there is one there (sets skipped_).
Status Tokenizer::SkipMisc() {
  skipped_ = false;
  std::string_view rest = s_.substr(pos_);
  if (StartsWith(rest, "<!--")) {
    size_t e = rest.find("-->", 4);
    if (e == std::string_view::npos) return Fail(pos_, "unterminated comment");
    pos_ += e + 3;
    skipped_ = true;
    return Status::OK();
  }
  if (StartsWith(rest, "<?")) {
    size_t e = rest.find("?>", 2);
    if (e == std::string_view::npos) return Fail(pos_, "unterminated processing instruction");
    pos_ += e + 2;
    skipped_ = true;
    return Status::OK();
  }
  if (StartsWith(rest, "<!") && !StartsWith(rest, "<![CDATA[")) {
    // <!DOCTYPE ...> with an internal subset in brackets, quotes honoured.
    int brackets = 0;
    char quote = 0;
    for (size_t i = 2; i < rest.size(); ++i) {
      char c = rest[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        ++brackets;
      } else if (c == ']') {
        --brackets;
      } else if (c == '>' && brackets <= 0) {
        pos_ += i + 1;
        skipped_ = true;
        return Status::OK();
      }
    }
    return Fail(pos_, "unterminated <! declaration");
  }
  return Status::OK();
}

Status Tokenizer::Next(Token* t) {
  t->attrs.clear();
  t->text.clear();
  t->self_closing = false;
  t->qname = {};
  // Comments, processing instructions and declarations are no tokens.
  for (;;) {
    Status st = SkipMisc();
    if (!st.ok()) return st;
    if (!skipped_) break;
  }
  t->begin = pos_;
  if (pos_ >= s_.size()) {
    t->kind = Token::kEof;
    t->end = pos_;
    return Status::OK();
  }
  std::string_view rest = s_.substr(pos_);
  if (rest[0] != '<') {
    size_t lt = rest.find('<', 1);
    // A '<' that opens no markup ("a < b") is text, as lenient readers take it.
    while (lt != std::string_view::npos && lt + 1 < rest.size() && !IsNameStart(rest[lt + 1]) &&
           rest[lt + 1] != '/' && rest[lt + 1] != '!' && rest[lt + 1] != '?') {
      lt = rest.find('<', lt + 1);
    }
    size_t n = lt == std::string_view::npos ? rest.size() : lt;
    t->kind = Token::kText;
    AppendDecoded(rest.substr(0, n), &t->text);
    pos_ += n;
    t->end = pos_;
    return Status::OK();
  }
  if (StartsWith(rest, "<![CDATA[")) {
    size_t e = rest.find("]]>", 9);
    if (e == std::string_view::npos) return Fail(pos_, "unterminated CDATA section");
    t->kind = Token::kText;
    t->text.assign(rest.substr(9, e - 9));
    pos_ += e + 3;
    t->end = pos_;
    return Status::OK();
  }
  if (rest.size() >= 2 && rest[1] == '/') {
    size_t i = 2;
    while (i < rest.size() && IsNameChar(rest[i])) ++i;
    if (i == 2) return Fail(pos_, "end tag without a name");
    t->qname = rest.substr(2, i - 2);
    while (i < rest.size() && IsXmlSpace(rest[i])) ++i;
    if (i >= rest.size() || rest[i] != '>') {
      return Fail(pos_, "unterminated end tag </" + std::string(t->qname) + ">");
    }
    t->kind = Token::kEnd;
    pos_ += i + 1;
    t->end = pos_;
    return Status::OK();
  }
  if (rest.size() >= 2 && IsNameStart(rest[1])) return StartTag(t);
  // "<" at the very end of the input, or before something that is no
  // markup: text.
  t->kind = Token::kText;
  t->text = "<";
  pos_ += 1;
  t->end = pos_;
  return Status::OK();
}

Status Tokenizer::StartTag(Token* t) {
  size_t start = pos_;
  size_t i = pos_ + 1;
  while (i < s_.size() && IsNameChar(s_[i])) ++i;
  t->qname = s_.substr(pos_ + 1, i - pos_ - 1);
  std::string tag = "<" + std::string(t->qname.substr(0, 40)) + ">";
  for (;;) {
    while (i < s_.size() && IsXmlSpace(s_[i])) ++i;
    if (i >= s_.size()) return Fail(start, "unterminated start tag " + tag);
    if (s_[i] == '>') {
      ++i;
      break;
    }
    if (s_[i] == '/') {
      if (i + 1 < s_.size() && s_[i + 1] == '>') {
        t->self_closing = true;
        i += 2;
        break;
      }
      return Fail(start, "stray '/' in start tag " + tag);
    }
    if (!IsNameStart(s_[i])) return Fail(start, "bad attribute in start tag " + tag);
    size_t n0 = i;
    while (i < s_.size() && IsNameChar(s_[i])) ++i;
    std::string_view attr = s_.substr(n0, i - n0);
    while (i < s_.size() && IsXmlSpace(s_[i])) ++i;
    std::string value;
    if (i < s_.size() && s_[i] == '=') {
      ++i;
      while (i < s_.size() && IsXmlSpace(s_[i])) ++i;
      if (i >= s_.size()) return Fail(start, "unterminated start tag " + tag);
      if (s_[i] == '"' || s_[i] == '\'') {
        char q = s_[i];
        size_t e = s_.find(q, i + 1);
        if (e == std::string_view::npos) return Fail(start, "unterminated attribute value in " + tag);
        AppendDecoded(s_.substr(i + 1, e - i - 1), &value);
        i = e + 1;
      } else {
        // Unquoted (not XML, but seen): up to a blank or the tag's end.
        size_t v0 = i;
        while (i < s_.size() && !IsXmlSpace(s_[i]) && s_[i] != '>' &&
               !(s_[i] == '/' && i + 1 < s_.size() && s_[i + 1] == '>')) {
          ++i;
        }
        AppendDecoded(s_.substr(v0, i - v0), &value);
      }
    }
    t->attrs.emplace_back(attr, std::move(value));
  }
  t->kind = Token::kStart;
  pos_ = i;
  t->end = pos_;
  return Status::OK();
}

// ---------------------------------------------------------------------------
// The feed.

struct Name {
  std::string uri;     // namespace, "" for none (or an undeclared prefix)
  std::string prefix;  // as written
  std::string local;
};

struct Link {
  std::string rel;
  std::string href;
};

struct Item {
  bool atom = false;
  std::string title;
  std::string link;
  std::vector<Link> links;  // Atom
  std::string guid;
  bool guid_permalink = true;
  std::string date;      // pubDate or dc:date
  std::string published;  // Atom
  std::string updated;    // Atom
  std::string content;   // content:encoded or Atom content
  bool content_markup = false;
  bool has_content = false;
  std::string summary;   // description or Atom summary
  bool summary_markup = false;
  bool has_summary = false;
};

// The field being read: a direct child of an item.
struct Field {
  Name name;
  std::vector<std::pair<std::string, std::string>> attrs;
  std::string text;
  size_t inner_begin = 0;
  bool has_children = false;
};

class FeedParser {
 public:
  FeedParser(std::string_view name, std::string_view xml, const IngestLimits& limits,
             DocumentSink* sink)
      : name_(name), xml_(xml), tok_(xml), limits_(limits), sink_(sink) {}

  void Run();

 private:
  struct Open {
    std::string qname;
    size_t ns_mark;  // ns_.size() before this element's declarations
    size_t line_offset;
  };

  Name Resolve(std::string_view qname, bool is_attr) const;
  bool IsRss(const Name& n) const {
    return (n.uri.empty() && n.prefix.empty()) || n.uri == kRss1Ns || n.uri == kRss09Ns;
  }
  bool IsAtom(const Name& n) const {
    return n.uri == kAtomNs || (atom_root_ && n.uri.empty() && n.prefix.empty());
  }
  bool IsNs(const Name& n, std::string_view uri, std::string_view usual_prefix) const {
    return n.uri == uri || (n.uri.empty() && n.prefix == usual_prefix);
  }
  std::string Attr(const Field& f, std::string_view local) const;
  void EndField(std::string_view inner);
  void EmitItem();

  std::string name_;
  std::string_view xml_;
  Tokenizer tok_;
  const IngestLimits& limits_;
  DocumentSink* sink_;

  std::vector<Open> stack_;
  std::vector<std::pair<std::string, std::string>> ns_;  // prefix -> uri, innermost last
  bool root_seen_ = false;
  bool root_closed_ = false;
  bool atom_root_ = false;
  size_t item_depth_ = 0;  // stack depth of the open item, 0 if none
  size_t field_depth_ = 0;
  Item item_;
  Field field_;
  size_t items_ = 0;
};

Name FeedParser::Resolve(std::string_view qname, bool is_attr) const {
  Name n;
  size_t colon = qname.find(':');
  if (colon != std::string_view::npos) {
    n.prefix = std::string(qname.substr(0, colon));
    n.local = std::string(qname.substr(colon + 1));
  } else {
    n.local = std::string(qname);
  }
  if (n.prefix == "xml") {
    n.uri = std::string(kXmlNs);
    return n;
  }
  if (is_attr && n.prefix.empty()) return n;  // unprefixed attributes have no namespace
  for (size_t i = ns_.size(); i-- > 0;) {
    if (ns_[i].first == n.prefix) {
      n.uri = ns_[i].second;
      break;
    }
  }
  return n;
}

std::string FeedParser::Attr(const Field& f, std::string_view local) const {
  for (const auto& a : f.attrs) {
    if (a.first == local) return a.second;
  }
  return "";
}

// A field of the open item ends; `inner` is its markup as written.
void FeedParser::EndField(std::string_view inner) {
  const Name& n = field_.name;
  // Markup inside (not escaped, not CDATA) is kept as written.
  std::string value = field_.has_children ? std::string(inner) : field_.text;
  if (!item_.atom) {
    if (IsRss(n)) {
      if (n.local == "title") {
        item_.title = value;
      } else if (n.local == "link") {
        item_.link = CollapseWhitespace(field_.text);
      } else if (n.local == "guid") {
        item_.guid = CollapseWhitespace(field_.text);
        item_.guid_permalink = ToLowerAscii(Trim(Attr(field_, "isPermaLink"))) != "false";
      } else if (n.local == "pubDate") {
        item_.date = field_.text;
      } else if (n.local == "description") {
        item_.summary = value;
        item_.summary_markup = field_.has_children || HoldsMarkup(value);
        item_.has_summary = true;
      }
    } else if (IsNs(n, kContentNs, "content") && n.local == "encoded") {
      item_.content = value;
      item_.content_markup = field_.has_children || HoldsMarkup(value);
      item_.has_content = true;
    } else if (IsNs(n, kDcNs, "dc") && n.local == "date") {
      if (item_.date.empty()) item_.date = field_.text;
    }
    return;
  }
  if (!IsAtom(n)) return;
  // Atom text constructs: type="text" (the default), "html" or "xhtml";
  // content may also name a media type.
  std::string type = ToLowerAscii(Trim(Attr(field_, "type")));
  bool markup = type == "html" || type == "xhtml" || type.find("html") != std::string::npos ||
                ((type.empty()) && (field_.has_children || HoldsMarkup(value)));
  bool textual = type.empty() || type == "text" || type == "html" || type == "xhtml" ||
                 StartsWith(type, "text/") || type.find("xml") != std::string::npos;
  if (n.local == "title") {
    item_.title = markup ? MarkupToText(value) : value;
  } else if (n.local == "link") {
    std::string href = Trim(Attr(field_, "href"));
    if (!href.empty()) item_.links.push_back({ToLowerAscii(Trim(Attr(field_, "rel"))), href});
  } else if (n.local == "id") {
    item_.guid = CollapseWhitespace(field_.text);
  } else if (n.local == "published") {
    item_.published = field_.text;
  } else if (n.local == "updated") {
    item_.updated = field_.text;
  } else if ((n.local == "content" || n.local == "summary") && textual &&
             Attr(field_, "src").empty()) {
    bool content = n.local == "content";
    (content ? item_.content : item_.summary) = value;
    (content ? item_.content_markup : item_.summary_markup) = markup;
    (content ? item_.has_content : item_.has_summary) = true;
  }
}

// The day of an RFC 822 date ("Sat, 23 Mar 2024 10:00:00 GMT", two-digit
// years too), or of any date FindDate reads (RFC 3339 and the like).
YMD ItemDay(std::string_view s) {
  std::vector<std::string_view> w = SplitWhitespace(s);
  size_t i = 0;
  if (i < w.size() && w[i].back() == ',') ++i;  // the day of the week
  if (i + 3 <= w.size()) {
    std::string_view d = w[i], y = w[i + 2];
    int month = MonthFromName(w[i + 1]);
    bool ok = month > 0 && !d.empty() && d.size() <= 2 && (y.size() == 2 || y.size() == 4);
    int day = 0;
    int year = 0;
    for (size_t k = 0; ok && k < d.size(); ++k) {
      ok = d[k] >= '0' && d[k] <= '9';
      day = day * 10 + (d[k] - '0');
    }
    for (size_t k = 0; ok && k < y.size(); ++k) {
      ok = y[k] >= '0' && y[k] <= '9';
      year = year * 10 + (y[k] - '0');
    }
    if (ok && day >= 1 && day <= 31) {
      if (y.size() == 2) year += year < 50 ? 2000 : 1900;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      YMD ymd = FindDate(buf);  // checks the day against the month
      if (ymd.valid()) return ymd;
    }
  }
  return FindDate(s);
}

void FeedParser::EmitItem() {
  ++items_;
  Item& it = item_;
  std::string where = name_ + "#" + std::to_string(items_);
  std::string title = HoldsMarkup(it.title) || it.title.find('&') != std::string::npos
                          ? MarkupToText(it.title)
                          : CollapseWhitespace(it.title);
  bool use_content = it.has_content && !TrimView(it.content).empty();
  std::string& text = use_content ? it.content : it.summary;
  bool markup = use_content ? it.content_markup : it.summary_markup;
  if (TrimView(text).empty() && title.empty()) {
    sink_->OnError(where, Status::Corrupt("item has no title, description or content"));
    return;
  }
  Document doc;
  doc.name = it.guid.empty() ? where : name_ + "#" + it.guid;
  doc.title = title;
  doc.charset = "utf-8";
  if (!it.link.empty()) {
    doc.url = it.link;
  } else if (!it.links.empty()) {
    doc.url = it.links[0].href;
    for (const Link& l : it.links) {
      if (l.rel.empty() || l.rel == "alternate") {
        doc.url = l.href;
        break;
      }
    }
  } else if (it.guid_permalink && (StartsWith(it.guid, "http://") || StartsWith(it.guid, "https://"))) {
    doc.url = it.guid;
  }
  for (const std::string* d : {&it.date, &it.published, &it.updated}) {
    if (TrimView(*d).empty()) continue;
    YMD day = ItemDay(*d);
    if (day.valid()) {
      doc.published = day.Iso();
      break;
    }
  }
  if (markup && !TrimView(text).empty()) {
    doc.format = DocFormat::kHtml;
    std::string esc = EscapeHtml(title);
    doc.body = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">";
    if (!title.empty()) doc.body += "<title>" + esc + "</title>";
    if (!doc.published.empty()) {
      doc.body += "<meta property=\"article:published_time\" content=\"" + doc.published + "\">";
    }
    doc.body += "</head>\n<body><article>\n";
    if (!title.empty()) doc.body += "<h1>" + esc + "</h1>\n";
    doc.body += text;
    doc.body += "\n</article></body></html>\n";
  } else {
    doc.format = DocFormat::kText;
    std::string_view body = TrimView(text);
    doc.body = title;
    if (!title.empty() && !body.empty()) doc.body += "\n\n";
    doc.body += body;
    doc.body += '\n';
  }
  if (doc.body.size() > limits_.max_page_bytes) {
    sink_->OnError(where, Status::Limit(Mb(doc.body.size()) + " item is larger than the " +
                                        Mb(limits_.max_page_bytes) + " page limit"));
    return;
  }
  sink_->OnDocument(std::move(doc));
}

void FeedParser::Run() {
  Token t;
  for (;;) {
    Status st = tok_.Next(&t);
    if (!st.ok()) {
      sink_->OnError(name_, st);
      return;
    }
    if (t.kind == Token::kEof) break;
    if (t.kind == Token::kText) {
      if (stack_.empty()) {
        if (!TrimView(t.text).empty()) {
          sink_->OnError(name_, tok_.Fail(t.begin, root_closed_ ? "text after the root element"
                                                                : "text before the root element"));
          return;
        }
        continue;
      }
      if (field_depth_ > 0) field_.text += t.text;
      continue;
    }
    if (t.kind == Token::kStart) {
      if (root_closed_) {
        sink_->OnError(name_, tok_.Fail(t.begin, "a second root element <" +
                                                     std::string(t.qname.substr(0, 40)) + ">"));
        return;
      }
      if (stack_.size() >= kMaxDepth) {
        sink_->OnError(name_, Status::Limit("malformed feed at line " +
                                            std::to_string(tok_.LineAt(t.begin)) +
                                            ": elements nested deeper than " +
                                            std::to_string(kMaxDepth)));
        return;
      }
      size_t mark = ns_.size();
      for (const auto& a : t.attrs) {
        if (a.first == "xmlns") ns_.emplace_back("", a.second);
        if (StartsWith(a.first, "xmlns:")) ns_.emplace_back(std::string(a.first.substr(6)), a.second);
      }
      Name n = Resolve(t.qname, false);
      if (!root_seen_) {
        root_seen_ = true;
        if (n.local == "feed") {
          atom_root_ = true;
        } else if (n.local != "rss" && n.local != "RDF" && n.local != "rdf") {
          sink_->OnError(name_, Status::Unsupported("XML whose root is <" +
                                                    std::string(t.qname.substr(0, 40)) +
                                                    ">, not an RSS or Atom feed"));
          return;
        }
      }
      stack_.push_back({std::string(t.qname), mark, t.begin});
      size_t depth = stack_.size();
      if (item_depth_ == 0) {
        bool rss_item = n.local == "item" && IsRss(n) && !atom_root_;
        bool atom_entry = n.local == "entry" && IsAtom(n);
        if (rss_item || atom_entry) {
          item_ = Item();
          item_.atom = atom_entry;
          item_depth_ = depth;
        }
      } else if (field_depth_ == 0 && depth == item_depth_ + 1) {
        field_ = Field();
        field_.name = std::move(n);
        for (const auto& a : t.attrs) {
          field_.attrs.emplace_back(Resolve(a.first, true).local, a.second);
        }
        field_.inner_begin = t.end;
        field_depth_ = depth;
      } else if (field_depth_ > 0) {
        field_.has_children = true;
      }
      if (t.self_closing) {
        t.kind = Token::kEnd;  // handled as the end below
        t.begin = t.end;
      } else {
        continue;
      }
    }
    // An end tag (or a self-closing start tag).
    if (stack_.empty()) {
      sink_->OnError(name_, tok_.Fail(t.begin, "end tag </" + std::string(t.qname.substr(0, 40)) +
                                                   "> without a start tag"));
      return;
    }
    if (stack_.back().qname != t.qname) {
      sink_->OnError(name_, tok_.Fail(t.begin, "</" + std::string(t.qname.substr(0, 40)) +
                                                   "> closes <" + stack_.back().qname.substr(0, 40) +
                                                   "> (opened at line " +
                                                   std::to_string(tok_.LineAt(stack_.back().line_offset)) +
                                                   ")"));
      return;
    }
    size_t depth = stack_.size();
    if (field_depth_ == depth) {
      size_t inner_end = t.begin >= field_.inner_begin ? t.begin : field_.inner_begin;
      EndField(xml_.substr(field_.inner_begin, inner_end - field_.inner_begin));
      field_depth_ = 0;
    } else if (item_depth_ == depth) {
      EmitItem();
      item_depth_ = 0;
    }
    ns_.resize(stack_.back().ns_mark);
    stack_.pop_back();
    if (stack_.empty()) root_closed_ = true;
  }
  if (!stack_.empty()) {
    sink_->OnError(name_, tok_.Fail(xml_.size(), "the input ends inside <" +
                                                     stack_.back().qname.substr(0, 40) +
                                                     "> (opened at line " +
                                                     std::to_string(tok_.LineAt(stack_.back().line_offset)) +
                                                     ")"));
    return;
  }
  if (!root_seen_) {
    sink_->OnError(name_, Status::Corrupt("malformed feed: no root element"));
    return;
  }
  if (items_ == 0) sink_->OnError(name_, Status::Corrupt("feed holds no <item> or <entry>"));
}

// The encoding an XML declaration names, or "".
std::string XmlEncoding(std::string_view bytes) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (!StartsWith(bytes, "<?xml")) return "";
  size_t end = bytes.find("?>");
  if (end == std::string_view::npos || end > 512) return "";
  std::string_view decl = bytes.substr(0, end);
  size_t e = decl.find("encoding");
  if (e == std::string_view::npos) return "";
  size_t q = decl.find_first_of("\"'", e);
  if (q == std::string_view::npos) return "";
  size_t q2 = decl.find(decl[q], q + 1);
  if (q2 == std::string_view::npos) return "";
  return std::string(decl.substr(q + 1, q2 - q - 1));
}

}  // namespace

void ReadFeed(std::string_view name, std::string_view bytes, const IngestLimits& limits,
              DocumentSink* sink) {
  Decoded dec;
  Status st = ToUtf8FromTransport(bytes, /*is_markup=*/true, XmlEncoding(bytes), &dec);
  if (!st.ok()) {
    sink->OnError(name, st);
    return;
  }
  std::string_view xml = dec.utf8;
  if (StartsWith(xml, "\xEF\xBB\xBF")) xml.remove_prefix(3);
  FeedParser parser(name, xml, limits, sink);
  parser.Run();
}

}  // namespace dateline
