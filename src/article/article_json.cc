// Copyright 2026 The Dateline Authors.

#include "article/article_json.h"

#include "util/json_writer.h"

namespace dateline {

void AppendArticleJson(const Article& a, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("doc"); w.String(a.doc);
  w.Key("index"); w.Int(a.index);
  w.Key("headline"); w.StringOrNull(a.headline);
  w.Key("date"); w.StringOrNull(a.date);
  w.Key("dateline"); w.StringOrNull(a.dateline);
  w.Key("author"); w.StringOrNull(a.author);
  w.Key("url"); w.StringOrNull(a.url);
  w.Key("lang"); w.StringOrNull(a.lang);
  w.Key("bullets");
  w.BeginArray();
  for (const auto& b : a.bullets) w.String(b);
  w.EndArray();
  w.Key("body"); w.String(a.Body());
  w.Key("captions");
  w.BeginArray();
  for (const auto& c : a.captions) {
    w.BeginObject();
    w.Key("text"); w.String(c.text);
    w.Key("credit"); w.StringOrNull(c.credit);
    w.EndObject();
  }
  w.EndArray();
  w.Key("factboxes");
  w.BeginArray();
  for (const auto& f : a.factboxes) {
    w.BeginObject();
    w.Key("title"); w.String(f.title);
    w.Key("items");
    w.BeginArray();
    for (const auto& item : f.items) w.String(item);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("quotes");
  w.BeginArray();
  for (const auto& q : a.quotes) {
    w.BeginObject();
    w.Key("text"); w.String(q.text);
    w.Key("speaker"); w.StringOrNull(q.speaker);
    w.Key("affiliation"); w.StringOrNull(q.affiliation);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void AppendArticleText(const Article& a, std::string* out) {
  auto line = [out](const std::string& label, const std::string& value) {
    if (value.empty()) return;
    *out += label;
    *out += value;
    *out += '\n';
  };
  *out += "=== ";
  *out += a.doc;
  *out += " #" + std::to_string(a.index) + '\n';
  line("Headline: ", a.headline);
  line("Date:     ", a.date);
  line("Dateline: ", a.dateline);
  line("Author:   ", a.author);
  line("URL:      ", a.url);
  line("Language: ", a.lang);
  if (!a.bullets.empty()) {
    *out += "Key points:\n";
    for (const auto& b : a.bullets) *out += "  * " + b + '\n';
  }
  *out += '\n';
  for (const auto& p : a.paragraphs) *out += p + "\n\n";
  if (!a.captions.empty()) {
    *out += "Captions:\n";
    for (const auto& c : a.captions) {
      *out += "  - " + c.text;
      if (!c.credit.empty()) *out += " [" + c.credit + "]";
      *out += '\n';
    }
  }
  for (const auto& f : a.factboxes) {
    *out += "Fact box: " + f.title + '\n';
    for (const auto& item : f.items) *out += "  - " + item + '\n';
  }
  if (!a.quotes.empty()) {
    *out += "Quotes:\n";
    for (const auto& q : a.quotes) {
      *out += "  \"" + q.text + "\"";
      if (!q.speaker.empty()) *out += " — " + q.speaker;
      if (!q.affiliation.empty()) *out += ", " + q.affiliation;
      *out += '\n';
    }
  }
  *out += '\n';
}

}  // namespace dateline
