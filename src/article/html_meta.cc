// Copyright 2026 The Dateline Authors.
//
// Declared metadata. Every source of a value has a rank; a value replaces
// the current one only if its rank is lower, so the order in which tags
// appear on the page does not matter.

#include "article/html_meta.h"

#include <cctype>
#include <vector>

#include <simdjson.h>

#include "article/page_date.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dateline {

namespace {

constexpr int kRankLdAuthor = 1;
constexpr int kRankMetaAuthor = 3;

constexpr int kMaxJsonDepth = 64;
constexpr size_t kMaxNameBytes = 120;

bool IsUrlLike(std::string_view s) {
  return StartsWith(s, "http://") || StartsWith(s, "https://") || StartsWith(s, "//") ||
         StartsWith(s, "www.") || s.find('/') != std::string_view::npos;
}

// Decodes the handful of character references that leak into metadata
// strings (JSON-LD written by templates that escape twice).
std::string DecodeEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out.push_back(s[i++]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back(s[i++]);
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    uint32_t cp = 0;
    if (!name.empty() && name[0] == '#') {
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      for (size_t k = hex ? 2 : 1; k < name.size(); ++k) {
        char c = name[k];
        int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                : hex && std::isxdigit(static_cast<unsigned char>(c))
                    ? (std::tolower(static_cast<unsigned char>(c)) - 'a' + 10)
                    : -1;
        if (d < 0 || cp > 0x10FFFF) {
          cp = 0;
          break;
        }
        cp = cp * (hex ? 16 : 10) + d;
      }
    } else if (name == "amp") {
      cp = '&';
    } else if (name == "quot") {
      cp = '"';
    } else if (name == "apos") {
      cp = '\'';
    } else if (name == "lt") {
      cp = '<';
    } else if (name == "gt") {
      cp = '>';
    } else if (name == "nbsp") {
      cp = ' ';
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out.push_back(s[i++]);
      continue;
    }
    AppendUtf8(cp, &out);
    i = semi + 1;
  }
  return out;
}

std::string CleanValue(std::string_view s) { return CleanMetaText(s); }

void OfferAuthor(std::string_view name, int rank, PageMeta* meta) {
  std::string v = CleanValue(name);
  if (v.empty() || !LooksLikeName(v)) return;
  OfferRanked(std::move(v), rank, &meta->author, &meta->author_rank);
}

void OfferDate(std::string_view value, int rank, PageMeta* meta) {
  std::string iso = IsoDateOf(value);
  if (!iso.empty()) OfferRanked(std::move(iso), rank, &meta->published, &meta->published_rank);
}

// --- JSON-LD through simdjson ---------------------------------------------

bool IsArticleType(std::string_view t) {
  // schema.org Article and its subtypes (NewsArticle, ReportageNewsArticle,
  // BlogPosting, LiveBlogPosting, SocialMediaPosting, Report, ...).
  return EndsWith(t, "Article") || EndsWith(t, "Posting") || t == "Report" ||
         t == "Review";
}

bool IsPageType(std::string_view t) { return EndsWith(t, "Page"); }

// Names of the people in an author value: a string, a Person object, or an
// array of either.
std::string AuthorNames(simdjson::dom::element v) {
  std::string out;
  auto add = [&out](std::string_view name) {
    std::string n = CleanValue(name);
    if (n.empty() || !LooksLikeName(n) || out.find(n) != std::string::npos) return;
    if (!out.empty()) out += ", ";
    out += n;
  };
  auto one = [&add](simdjson::dom::element e) {
    std::string_view s;
    if (e.get_string().get(s) == simdjson::SUCCESS) {
      add(s);
      return;
    }
    simdjson::dom::object o;
    if (e.get_object().get(o) == simdjson::SUCCESS) {
      if (o["name"].get_string().get(s) == simdjson::SUCCESS) add(s);
    }
  };
  simdjson::dom::array arr;
  if (v.get_array().get(arr) == simdjson::SUCCESS) {
    for (simdjson::dom::element e : arr) one(e);
  } else {
    one(v);
  }
  return out;
}

void ReadLdObject(simdjson::dom::object o, PageMeta* meta) {
  bool article = false, page = false;
  simdjson::dom::element type;
  if (o["@type"].get(type) == simdjson::SUCCESS) {
    std::string_view t;
    simdjson::dom::array types;
    if (type.get_string().get(t) == simdjson::SUCCESS) {
      article = IsArticleType(t);
      page = IsPageType(t);
    } else if (type.get_array().get(types) == simdjson::SUCCESS) {
      for (simdjson::dom::element e : types) {
        if (e.get_string().get(t) == simdjson::SUCCESS) {
          article |= IsArticleType(t);
          page |= IsPageType(t);
        }
      }
    }
  }
  if (!article && !page) return;
  std::string_view s;
  if (o["datePublished"].get_string().get(s) == simdjson::SUCCESS) {
    OfferDate(s, article ? kRankLdPublished : kRankLdPageDate, meta);
  }
  if (article) {
    if (o["dateCreated"].get_string().get(s) == simdjson::SUCCESS) {
      OfferDate(s, kRankLdCreated, meta);
    }
    if (o["dateModified"].get_string().get(s) == simdjson::SUCCESS && meta->modified.empty()) {
      meta->modified = IsoDateOf(s);
    }
    if (o["headline"].get_string().get(s) == simdjson::SUCCESS && meta->ld_headline.empty()) {
      meta->ld_headline = CleanValue(s);
    }
    simdjson::dom::element author;
    if (o["author"].get(author) == simdjson::SUCCESS) {
      std::string names = AuthorNames(author);
      if (!names.empty()) OfferRanked(names, kRankLdAuthor, &meta->author, &meta->author_rank);
    }
    if (o["articleBody"].get_string().get(s) == simdjson::SUCCESS &&
        s.size() > meta->ld_body.size()) {
      meta->ld_body = std::string(s);
    }
  }
  simdjson::dom::object pub;
  if (meta->site_name.empty() && o["publisher"].get_object().get(pub) == simdjson::SUCCESS &&
      pub["name"].get_string().get(s) == simdjson::SUCCESS) {
    meta->site_name = CleanValue(s);
  }
}

bool ReadJsonLdDom(std::string_view json, PageMeta* meta) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS) return false;
  // Explicit stack: objects may nest objects (@graph, mainEntity, ...).
  std::vector<std::pair<simdjson::dom::element, int>> stack;
  stack.push_back({root, 0});
  while (!stack.empty()) {
    auto [e, depth] = stack.back();
    stack.pop_back();
    if (depth > kMaxJsonDepth) continue;
    simdjson::dom::object o;
    simdjson::dom::array a;
    if (e.get_object().get(o) == simdjson::SUCCESS) {
      ReadLdObject(o, meta);
      for (auto field : o) {
        if (field.value.is_object() || field.value.is_array()) {
          stack.push_back({field.value, depth + 1});
        }
      }
    } else if (e.get_array().get(a) == simdjson::SUCCESS) {
      // Push in reverse so that the first element is read first.
      std::vector<simdjson::dom::element> items;
      for (simdjson::dom::element item : a) items.push_back(item);
      for (size_t i = items.size(); i-- > 0;) stack.push_back({items[i], depth + 1});
    }
  }
  return true;
}

// --- forgiving scan for JSON that does not parse --------------------------

// The string value following `"key"` (and a colon) at or after `from`;
// sets *end past it. Handles the common escapes.
bool ScanStringValue(std::string_view json, std::string_view key, size_t from,
                     std::string* out, size_t* end) {
  std::string quoted(1, '"');
  quoted.append(key);
  quoted.push_back('"');
  size_t at = json.find(quoted, from);
  if (at == std::string_view::npos) return false;
  size_t i = at + quoted.size();
  while (i < json.size() && std::isspace(static_cast<unsigned char>(json[i]))) ++i;
  if (i >= json.size() || json[i] != ':') return false;
  ++i;
  while (i < json.size() && std::isspace(static_cast<unsigned char>(json[i]))) ++i;
  if (i >= json.size() || json[i] != '"') {
    *end = i;
    out->clear();
    return true;  // not a string (an object or array follows)
  }
  ++i;
  out->clear();
  while (i < json.size() && json[i] != '"') {
    if (json[i] == '\\' && i + 1 < json.size()) {
      char c = json[i + 1];
      i += 2;
      switch (c) {
        case 'n': case 'r': case 't': out->push_back(' '); break;
        case 'u': {
          uint32_t cp = 0;
          size_t k = 0;
          for (; k < 4 && i + k < json.size() &&
                 std::isxdigit(static_cast<unsigned char>(json[i + k]));
               ++k) {
            char h = static_cast<char>(std::tolower(static_cast<unsigned char>(json[i + k])));
            cp = cp * 16 + (h <= '9' ? h - '0' : h - 'a' + 10);
          }
          i += k;
          if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
          AppendUtf8(cp, out);
          break;
        }
        default: out->push_back(c); break;
      }
      continue;
    }
    out->push_back(json[i++]);
  }
  *end = i;
  return true;
}

void ReadJsonLdScan(std::string_view json, PageMeta* meta) {
  std::string v;
  size_t end = 0;
  if (ScanStringValue(json, "datePublished", 0, &v, &end)) OfferDate(v, kRankLdPublished, meta);
  if (meta->ld_headline.empty() && ScanStringValue(json, "headline", 0, &v, &end) &&
      !v.empty()) {
    meta->ld_headline = CleanValue(v);
  }
  if (ScanStringValue(json, "author", 0, &v, &end)) {
    if (!v.empty()) {
      OfferAuthor(v, kRankLdAuthor, meta);
    } else {
      size_t after = end;
      if (ScanStringValue(json, "name", after, &v, &end) && end - after < 300) {
        OfferAuthor(v, kRankLdAuthor, meta);
      }
    }
  }
}

// Removes a "<!--" / "-->" or CDATA wrapper some templates put around JSON.
std::string_view Unwrap(std::string_view s) {
  s = TrimView(s);
  for (std::string_view open : {"<!--", "//<![CDATA[", "<![CDATA["}) {
    if (StartsWith(s, open)) s.remove_prefix(open.size());
  }
  s = TrimView(s);
  for (std::string_view close : {"-->", "//]]>", "]]>"}) {
    if (EndsWith(s, close)) s.remove_suffix(close.size());
  }
  while (!s.empty() && s.back() == ';') s.remove_suffix(1);
  return TrimView(s);
}

}  // namespace

std::string CleanMetaText(std::string_view s) { return CollapseWhitespace(DecodeEntities(s)); }

void OfferRanked(std::string value, int rank, std::string* field, int* field_rank) {
  if (value.empty() || rank >= *field_rank) return;
  *field = std::move(value);
  *field_rank = rank;
}

std::string IsoDateOf(std::string_view value) {
  value = TrimView(value);
  if (value.size() > 200) value = value.substr(0, 200);
  YMD d = FindDate(value);
  return d.valid() ? d.Iso() : std::string();
}

void ReadMetaTag(std::string_view key_in, std::string_view content, PageMeta* meta) {
  content = TrimView(content);
  if (content.empty() || key_in.size() > 64) return;
  std::string key = ToLowerAscii(TrimView(key_in));
  if (key == "og:title" || (key == "twitter:title" && meta->og_title.empty())) {
    meta->og_title = CleanValue(content);
  } else if (key == "og:site_name" || (key == "application-name" && meta->site_name.empty())) {
    meta->site_name = CleanValue(content);
  } else if (key == "og:url") {
    if (meta->url.empty()) meta->url = Trim(content);
  } else if (key == "description" || key == "og:description") {
    if (meta->description.empty()) meta->description = CleanValue(content);
  } else if (key == "article:published_time" || key == "og:published_time" ||
             key == "article:published" || key == "datepublished" ||
             key == "published_time" || key == "publishdate" || key == "publish-date" ||
             key == "publish_date" || key == "pubdate" || key == "parsely-pub-date" ||
             key == "sailthru.date" || key == "dc.date.issued" || key == "dcterms.issued" ||
             key == "article.published" || key == "original-publish-date" ||
             key == "publication_date" || key == "citation_publication_date" ||
             key == "release_date" || key == "article_date_original" ||
             key == "cxenseparse:recs:publishtime") {
    OfferDate(content, kRankMetaPublished, meta);
  } else if (key == "date" || key == "dc.date" || key == "dcterms.date" ||
             key == "dc.date.created" || key == "dcterms.created" || key == "datecreated" ||
             key == "citation_date" || key == "created") {
    OfferDate(content, kRankMetaGenericDate, meta);
  } else if (key == "article:modified_time" || key == "og:updated_time" ||
             key == "datemodified" || key == "dcterms.modified" || key == "last-modified") {
    if (meta->modified.empty()) meta->modified = IsoDateOf(content);
  } else if (key == "author" || key == "article:author" || key == "parsely-author" ||
             key == "sailthru.author" || key == "dc.creator" || key == "dcterms.creator" ||
             key == "byl" || key == "citation_author") {
    if (IsUrlLike(content)) return;
    std::string v = CleanValue(content);
    std::string by = AuthorFromByline(v);
    OfferAuthor(by.empty() ? v : by, kRankMetaAuthor, meta);
  }
}

void ReadJsonLd(std::string_view json, PageMeta* meta) {
  json = Unwrap(json);
  if (json.empty()) return;
  if (!ReadJsonLdDom(json, meta)) ReadJsonLdScan(json, meta);
}

namespace {

// Which ends of a title may still lose a segment: once the site's name has
// come off one end, the other end is part of the headline.
enum class Ends { kBoth, kTailOnly, kHeadOnly };

std::string StripSiteNameAt(std::string_view title_in, std::string_view site_name, Ends ends) {
  std::string title = CollapseWhitespace(title_in);
  static const std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", " :: ",
                                                 " · ", " • ", " » ", " « ", " / ", " : "};
  std::string site = ToLowerAscii(site_name);
  // Try each separator; remove one segment at the start or end that is the
  // site's name or short enough to be one.
  for (std::string_view sep : kSeparators) {
    size_t last = title.rfind(sep);
    size_t first = title.find(sep);
    if (last == std::string::npos) continue;
    std::string_view head(title.data(), first);
    std::string_view tail(title.data() + last + sep.size(), title.size() - last - sep.size());
    std::string lhead = ToLowerAscii(head), ltail = ToLowerAscii(tail);
    if (!site.empty()) {
      if (ends != Ends::kHeadOnly &&
          (ltail.find(site) != std::string::npos || site.find(ltail) != std::string::npos)) {
        return StripSiteNameAt(title.substr(0, last), site_name, Ends::kTailOnly);
      }
      if (ends != Ends::kTailOnly &&
          (lhead.find(site) != std::string::npos || site.find(lhead) != std::string::npos)) {
        return StripSiteNameAt(title.substr(first + sep.size()), site_name, Ends::kHeadOnly);
      }
    }
    size_t head_words = CountWords(head), tail_words = CountWords(tail);
    size_t rest_tail = CountWords(std::string_view(title).substr(0, last));
    size_t rest_head = CountWords(std::string_view(title).substr(first + sep.size()));
    if (ends != Ends::kHeadOnly && tail_words <= 4 && rest_tail >= tail_words && sep != " : ") {
      return Trim(title.substr(0, last));
    }
    if (ends != Ends::kTailOnly && head_words <= 3 && rest_head > head_words + 1 && sep != " : " &&
        sep != " - ") {
      return Trim(title.substr(first + sep.size()));
    }
  }
  return title;
}

}  // namespace

std::string StripSiteName(std::string_view title, std::string_view site_name) {
  return StripSiteNameAt(title, site_name, Ends::kBoth);
}

std::string StripHeadingTail(std::string_view heading_in, std::string_view site_name) {
  std::string heading = CollapseWhitespace(heading_in);
  static const std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", " • ", " · "};
  std::string site = ToLowerAscii(site_name);
  for (std::string_view sep : kSeparators) {
    size_t last = heading.rfind(sep);
    if (last == std::string::npos || last == 0) continue;
    std::string_view rest(heading.data(), last);
    std::string_view tail(heading.data() + last + sep.size(), heading.size() - last - sep.size());
    std::string ltail = ToLowerAscii(tail);
    bool is_site = !site.empty() && !ltail.empty() &&
                   (ltail.find(site) != std::string::npos || site.find(ltail) != std::string::npos);
    // Words as a reader counts them: "Long-Distance" is one, "&" none.
    size_t tail_words = 0;
    bool in_token = false, alnum = false;
    for (size_t i = 0; i <= tail.size(); ++i) {
      if (i == tail.size() || tail[i] == ' ') {
        if (in_token && alnum) ++tail_words;
        in_token = alnum = false;
      } else {
        in_token = true;
        alnum = alnum || std::isalnum(static_cast<unsigned char>(tail[i])) ||
                static_cast<unsigned char>(tail[i]) >= 0x80;
      }
    }
    // A pipe almost never sits inside a headline; a dash may.
    size_t max_tail = sep == " | " ? 5 : 4;
    size_t rest_words = CountWords(rest);
    if (rest_words >= 2 && (is_site || (tail_words <= max_tail && rest_words >= tail_words))) {
      return StripHeadingTail(rest, site_name);
    }
  }
  return heading;
}

bool LooksLikeName(std::string_view s) {
  s = TrimView(s);
  if (s.empty() || s.size() > kMaxNameBytes) return false;
  if (IsUrlLike(s) || s.find('@') != std::string_view::npos) return false;
  size_t words = CountWords(s);
  if (words == 0 || words > 16) return false;
  for (char c : s) {
    if (c == '!' || c == '?' || c == ';' || c == '{' || c == '<' || c == '=') return false;
  }
  unsigned char c0 = static_cast<unsigned char>(s[0]);
  return std::isupper(c0) || c0 >= 0x80 || std::islower(c0);
}

std::string AuthorFromByline(std::string_view line_in) {
  std::string_view line = TrimView(line_in);
  if (line.size() > 200) return "";
  static const std::string_view kLeads[] = {"written by ", "words by ", "posted by ",
                                            "reviewed by ", "story by ", "text by ",
                                            "by: ", "by ", "author: ", "authors: ",
                                            "author ", "byline: "};
  std::string lower = ToLowerAscii(line);
  size_t cut = std::string::npos;
  for (std::string_view lead : kLeads) {
    if (StartsWith(lower, lead)) {
      cut = lead.size();
      break;
    }
  }
  if (cut == std::string::npos) return "";
  std::string_view rest = TrimView(line.substr(cut));
  // The name ends where the line turns to other things: a separator, a
  // date, "Updated", "Published", a newline.
  static const std::string_view kStops[] = {" | ", " - ", " – ", " — ", " · ", " • ",
                                            "\n", " on ", " On ", " Updated", " updated",
                                            " Published", " published", " Posted",
                                            " posted", " at ", " In ", " in "};
  size_t end = rest.size();
  for (std::string_view stop : kStops) {
    size_t at = rest.find(stop);
    if (at != std::string_view::npos && at < end) end = at;
  }
  rest = TrimView(rest.substr(0, end));
  // A date after the name: "Jane Doe, March 24, 2024", "Tom Reed 30 Nov
  // 2022". Names have no digits; cut at the first, then drop a month name
  // left dangling before it.
  size_t digit = rest.find_first_of("0123456789");
  if (digit != std::string_view::npos) {
    rest = TrimView(rest.substr(0, digit));
    while (!rest.empty() && (rest.back() == ',' || rest.back() == ':')) {
      rest = TrimView(rest.substr(0, rest.size() - 1));
    }
    size_t space = rest.rfind(' ');
    if (space != std::string_view::npos && MonthFromName(rest.substr(space + 1)) != 0) {
      rest = TrimView(rest.substr(0, space));
    }
  }
  while (!rest.empty() && (rest.back() == ',' || rest.back() == ':')) {
    rest.remove_suffix(1);
  }
  if (rest.empty() || CountWords(rest) > 10 || !LooksLikeName(rest)) return "";
  unsigned char c0 = static_cast<unsigned char>(rest[0]);
  if (!(std::isupper(c0) || c0 >= 0x80)) return "";
  return std::string(rest);
}

}  // namespace dateline
