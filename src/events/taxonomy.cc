// Copyright 2026 The Dateline Authors.

#include "events/taxonomy.h"

#include "util/strings.h"

namespace dateline {

const std::vector<EventTypeInfo>& EventTypes() {
  static const std::vector<EventTypeInfo>* const kTypes = new std::vector<EventTypeInfo>{
      {"Battles",
       {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}},
      {"Explosions/Remote violence",
       {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade"}},
      {"Violence against civilians",
       {"Sexual violence", "Attack", "Abduction/forced disappearance"}},
      {"Protests",
       {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}},
      {"Riots", {"Violent demonstration", "Mob violence"}},
      {"Strategic developments",
       {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"}},
      {"Disasters",
       {"Earthquake", "Flood", "Landslide", "Storm", "Wildfire", "Volcanic activity", "Drought",
        "Extreme temperature", "Epidemic", "Transport accident", "Industrial accident", "Fire"}},
      {"Diplomacy", {"Visit", "Meeting", "Phone call", "Negotiation", "Statement"}},
  };
  return *kTypes;
}

std::string CanonicalType(std::string_view name) {
  std::string_view n = TrimView(name);
  for (const EventTypeInfo& t : EventTypes()) {
    if (EqualsIgnoreCaseAscii(t.type, n)) return std::string(t.type);
  }
  return "";
}

std::string CanonicalSubtype(std::string_view name) {
  std::string_view n = TrimView(name);
  for (const EventTypeInfo& t : EventTypes()) {
    for (std::string_view s : t.subtypes) {
      if (EqualsIgnoreCaseAscii(s, n)) return std::string(s);
    }
  }
  return "";
}

}  // namespace dateline
