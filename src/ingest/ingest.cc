// Copyright 2026 The Dateline Authors.

#include "ingest/ingest.h"

#include <simdjson.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "article/page_date.h"
#include "ingest/charset.h"
#include "ingest/detect.h"
#include "ingest/feed.h"
#include "ingest/gzip.h"
#include "ingest/source.h"
#include "ingest/warc.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dateline {

namespace fs = std::filesystem;

// Scraped "text" fields sometimes keep a search engine's or a CMS's inline
// emphasis ("were <b>killed</b>"): those few tags go, everything else is
// left as written ("a < b" stays).
void StripInlineTags(std::string* text) {
  if (text->find('<') == std::string::npos) return;
  static const std::string_view kTags[] = {"<b>", "</b>", "<i>", "</i>", "<em>", "</em>",
                                           "<strong>", "</strong>", "<u>", "</u>"};
  std::string out;
  out.reserve(text->size());
  size_t i = 0;
  while (i < text->size()) {
    if ((*text)[i] == '<') {
      bool tag = false;
      for (std::string_view t : kTags) {
        if (i + t.size() <= text->size() &&
            EqualsIgnoreCaseAscii(std::string_view(*text).substr(i, t.size()), t)) {
          i += t.size();
          tag = true;
          break;
        }
      }
      if (tag) continue;
    }
    out.push_back((*text)[i]);
    ++i;
  }
  text->swap(out);
}

// IngestBytes, told whether the caller has already looked for a WARC in
// the outermost layer (SniffWarc gunzips a head to look; once is enough).
void IngestBytesSniffed(std::string_view name, std::string bytes, bool outer_sniffed,
                        const IngestLimits& limits, DocumentSink* sink);

namespace {

std::string Mb(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

// Appends what `fd` holds to `*out` (which may hold its first bytes).
Status ReadFd(int fd, size_t max_bytes, std::string* out) {
  if (out->size() > max_bytes) {
    return Status::Limit("input larger than the " + Mb(max_bytes) + " file limit");
  }
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IOError(std::strerror(errno));
    }
    if (n == 0) break;
    if (out->size() + static_cast<size_t>(n) > max_bytes) {
      return Status::Limit("input larger than the " + Mb(max_bytes) + " file limit");
    }
    out->append(buf, static_cast<size_t>(n));
  }
  return Status::OK();
}

// Up to `n` bytes from `fd` (fewer only at its end).
Status ReadHead(int fd, size_t n, std::string* out) {
  out->assign(n, '\0');
  size_t have = 0;
  while (have < n) {
    ssize_t r = ::read(fd, out->data() + have, n - have);
    if (r < 0) {
      if (errno == EINTR) continue;
      out->clear();
      return Status::IOError(std::strerror(errno));
    }
    if (r == 0) break;
    have += static_cast<size_t>(r);
  }
  out->resize(have);
  return Status::OK();
}

// One input read from `fd`. A WARC archive (plain or gzip) is read as a
// stream, record by record, and so is held to no file limit; anything else
// is read whole, within the file limit, and decoded by IngestBytes.
// `size` is the file's size when known (else -1).
void IngestFd(std::string_view name, int fd, int64_t size, const IngestLimits& limits,
              DocumentSink* sink) {
  std::string bytes;
  Status st = ReadHead(fd, 64 << 10, &bytes);
  if (!st.ok()) {
    sink->OnError(name, st);
    return;
  }
  WarcSniff warc = SniffWarc(bytes);
  if (warc != WarcSniff::kNone) {
    FdSource source(fd, std::move(bytes));
    ReadWarc(name, &source, warc == WarcSniff::kGzip, limits, sink);
    return;
  }
  if (size >= 0 && static_cast<uint64_t>(size) > limits.max_file_bytes) {
    sink->OnError(name, Status::Limit(Mb(static_cast<size_t>(size)) + " file is larger than the " +
                                      Mb(limits.max_file_bytes) + " file limit"));
    return;
  }
  st = ReadFd(fd, limits.max_file_bytes, &bytes);
  if (!st.ok()) {
    sink->OnError(name, st);
    return;
  }
  IngestBytesSniffed(name, std::move(bytes), /*outer_sniffed=*/true, limits, sink);
}

void IngestFile(const fs::path& path, const IngestLimits& limits, DocumentSink* sink) {
  std::string name = path.string();
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    sink->OnError(name, Status::IOError(std::strerror(errno)));
    return;
  }
  IngestFd(name, fileno(f), ec ? -1 : static_cast<int64_t>(size), limits, sink);
  std::fclose(f);
}

// A page-sized document from text or markup bytes.
void EmitPage(std::string_view name, std::string bytes, bool markup,
              const IngestLimits& limits, DocumentSink* sink) {
  if (bytes.size() > limits.max_page_bytes) {
    sink->OnError(name, Status::Limit(Mb(bytes.size()) + " page is larger than the " +
                                      Mb(limits.max_page_bytes) + " page limit"));
    return;
  }
  Decoded dec;
  Status st = ToUtf8Owned(std::move(bytes), markup, "", &dec);
  if (!st.ok()) {
    sink->OnError(name, st);
    return;
  }
  if (dec.utf8.size() > limits.max_page_bytes) {  // a legacy charset can grow
    sink->OnError(name, Status::Limit(Mb(dec.utf8.size()) + " page in UTF-8 is larger than the " +
                                      Mb(limits.max_page_bytes) + " page limit"));
    return;
  }
  if (TrimView(dec.utf8).empty()) {
    sink->OnError(name, Status::Corrupt("no text"));
    return;
  }
  Document doc;
  doc.name = std::string(name);
  doc.charset = dec.charset;
  // A UTF-16 page is only recognisable as markup once converted.
  if (!markup && DetectInputKind(dec.utf8) == InputKind::kHtml) markup = true;
  doc.format = markup ? DocFormat::kHtml : DocFormat::kText;
  doc.body = std::move(dec.utf8);
  sink->OnDocument(std::move(doc));
}

std::string StringField(const simdjson::dom::object& obj, const char* key) {
  simdjson::dom::element v;
  if (obj.at_key(key).get(v) != simdjson::SUCCESS) return "";
  std::string_view s;
  if (v.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  int64_t i;
  if (v.get_int64().get(i) == simdjson::SUCCESS) return std::to_string(i);
  return "";
}

void EmitJsonl(std::string_view name, std::string_view bytes, const IngestLimits& limits,
               DocumentSink* sink) {
  simdjson::dom::parser parser;
  size_t line_no = 0;
  size_t start = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = TrimView(bytes.substr(start, end - start));
    start = end + 1;
    ++line_no;
    if (line.empty()) continue;
    std::string where = std::string(name) + ":" + std::to_string(line_no);
    if (line.size() > limits.max_page_bytes) {
      sink->OnError(where, Status::Limit(Mb(line.size()) + " record is larger than the " +
                                         Mb(limits.max_page_bytes) + " page limit"));
      continue;
    }
    simdjson::dom::object obj;
    auto err = parser.parse(line.data(), line.size()).get(obj);
    if (err) {
      sink->OnError(where, Status::Corrupt(std::string("malformed JSON: ") +
                                           simdjson::error_message(err)));
      continue;
    }
    Document doc;
    doc.name = StringField(obj, "id");
    doc.url = StringField(obj, "url");
    std::string published = StringField(obj, "published");
    doc.title = StringField(obj, "title");
    std::string text = StringField(obj, "text");
    std::string html = StringField(obj, "html");
    if (doc.name.empty()) doc.name = where;
    if (!published.empty()) {
      YMD d = FindDate(published);
      doc.published = d.valid() ? d.Iso() : "";
      if (!d.valid()) {
        sink->OnError(where, Status::Corrupt("unreadable \"published\" date: " + published));
        continue;
      }
    }
    // "\u0000" escapes decode to NULs, which have no business in text.
    html.erase(std::remove(html.begin(), html.end(), '\0'), html.end());
    text.erase(std::remove(text.begin(), text.end(), '\0'), text.end());
    StripInlineTags(&text);
    if (!TrimView(html).empty()) {
      doc.format = DocFormat::kHtml;
      doc.body = std::move(html);
    } else if (!TrimView(text).empty()) {
      doc.format = DocFormat::kText;
      doc.body = std::move(text);
    } else {
      sink->OnError(where, Status::Corrupt("record has neither \"text\" nor \"html\""));
      continue;
    }
    if (!IsValidUtf8(doc.body)) {
      sink->OnError(where, Status::Corrupt("record text is not valid UTF-8"));
      continue;
    }
    doc.charset = "utf-8";
    sink->OnDocument(std::move(doc));
  }
}

void IngestDirectory(const fs::path& dir, int depth, const IngestLimits& limits,
                     DocumentSink* sink) {
  if (depth > limits.max_dir_depth) {
    sink->OnError(dir.string(), Status::Limit("directory nesting deeper than " +
                                              std::to_string(limits.max_dir_depth)));
    return;
  }
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) {
    sink->OnError(dir.string(), Status::IOError(ec.message()));
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& e : entries) {
    std::string name = e.path().filename().string();
    if (!name.empty() && name[0] == '.') continue;  // hidden files and dirs
    std::error_code sec;
    if (e.is_directory(sec)) {
      if (!e.is_symlink(sec)) IngestDirectory(e.path(), depth + 1, limits, sink);
      continue;
    }
    if (!e.is_regular_file(sec)) continue;
    IngestFile(e.path(), limits, sink);
  }
}

}  // namespace

void IngestBytes(std::string_view name, std::string bytes, const IngestLimits& limits,
                 DocumentSink* sink) {
  IngestBytesSniffed(name, std::move(bytes), /*outer_sniffed=*/false, limits, sink);
}

void IngestBytesSniffed(std::string_view name, std::string bytes, bool outer_sniffed,
                        const IngestLimits& limits, DocumentSink* sink) {
  InputKind kind = DetectInputKind(bytes);
  for (int layer = 0; kind == InputKind::kGzip; ++layer) {
    // A WARC.gz is read member by member (a broken member costs its
    // record, not the archive). IngestFd has sniffed the outer layer.
    if ((layer > 0 || !outer_sniffed) && SniffWarc(bytes) == WarcSniff::kGzip) {
      MemorySource source(bytes);
      ReadWarc(name, &source, /*gzipped=*/true, limits, sink);
      return;
    }
    if (layer == 2) {
      sink->OnError(name, Status::Unsupported("gzip nested more than twice"));
      return;
    }
    std::string plain;
    Status st = Gunzip(bytes, limits.max_file_bytes, &plain);
    if (!st.ok()) {
      sink->OnError(name, st);
      return;
    }
    bytes = std::move(plain);
    kind = DetectInputKind(bytes);
  }
  switch (kind) {
    case InputKind::kEmpty:
      sink->OnError(name, Status::Corrupt("empty input"));
      return;
    case InputKind::kBinary:
      sink->OnError(name, Status::Unsupported("binary data, not text, HTML or JSON Lines"));
      return;
    case InputKind::kWarc: {
      MemorySource source(bytes);
      ReadWarc(name, &source, /*gzipped=*/false, limits, sink);
      return;
    }
    case InputKind::kFeed:
      ReadFeed(name, bytes, limits, sink);
      return;
    case InputKind::kJsonl:
      EmitJsonl(name, bytes, limits, sink);
      return;
    case InputKind::kHtml:
      EmitPage(name, std::move(bytes), /*markup=*/true, limits, sink);
      return;
    case InputKind::kText:
    case InputKind::kGzip:
      EmitPage(name, std::move(bytes), /*markup=*/false, limits, sink);
      return;
  }
}

Status IngestPaths(const std::vector<std::string>& paths, const IngestLimits& limits,
                   DocumentSink* sink) {
  if (paths.empty()) return Status::InvalidArgument("no input paths");
  for (const std::string& p : paths) {
    if (p == "-") {
      IngestFd(p, STDIN_FILENO, -1, limits, sink);
      continue;
    }
    std::error_code ec;
    fs::file_status fst = fs::status(p, ec);
    if (ec || !fs::exists(fst)) {
      sink->OnError(p, Status::NotFound("no such file or directory"));
      continue;
    }
    if (fs::is_directory(fst)) {
      IngestDirectory(p, 0, limits, sink);
      continue;
    }
    IngestFile(p, limits, sink);
  }
  return Status::OK();
}

}  // namespace dateline
