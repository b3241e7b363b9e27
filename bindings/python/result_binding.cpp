// Result, Hit, Match, Entity, FamilyTotal and ScanFailure as Python classes.
// They hold the C++ values and convert a field only when it is read, so a
// batch of results costs one small Python object each until used. Offsets
// seen from Python (start, end) are code points: text[hit.start:hit.end] is
// the matched text; start_byte/end_byte are the UTF-8 offsets.
#include "result_binding.hpp"

#include <pybind11/stl.h>

#include <functional>
#include <utility>

#include "jobscreen/json.hpp"
#include "jobscreen/result.hpp"
#include "result_from_json.hpp"
#include "text_input.hpp"

namespace jobscreen::python {
namespace {

// repr of a str, cut to `limit` code points so a long match keeps repr short.
std::string quoted(std::string_view text, std::size_t limit = 40) {
  py::str value = from_utf8(text);
  if (py::len(value) > limit) value = py::str(value[py::slice(0, limit, 1)]) + py::str("...");
  return py::repr(value).cast<std::string>();
}

template <typename T>
py::tuple tuple_of(const std::vector<T>& items) {
  py::tuple tuple(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) tuple[i] = py::cast(T(items[i]));
  return tuple;
}

const TextSpan& first_match(const Hit& hit) {
  static const TextSpan none;
  return hit.matches.empty() ? none : hit.matches.front();
}

py::dict span_dict(const TextSpan& span) {
  py::dict d;
  d["text"] = from_utf8(span.text);
  d["start"] = span.start;
  d["end"] = span.end;
  d["start_cp"] = span.start_cp;
  d["end_cp"] = span.end_cp;
  return d;
}

template <typename T>
py::object optional_value(const std::optional<T>& value) {
  return value ? py::cast(*value) : py::none();
}

py::dict value_dict(const EntityValue& value) {
  py::dict d;
  std::visit(
      [&](const auto& v) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, PayValue>) {
          d["min"] = v.min;
          d["max"] = v.max;
          d["currency"] = v.currency;
          d["period"] = pay_period_name(v.period);
          d["eur_per_month_min"] = optional_value(v.eur_per_month_min);
          d["eur_per_month_max"] = optional_value(v.eur_per_month_max);
        } else if constexpr (std::is_same_v<V, PhoneValue>) {
          d["number"] = v.number;
          d["country"] = v.country;
          d["kind"] = v.kind;
        } else if constexpr (std::is_same_v<V, EmailValue>) {
          d["address"] = from_utf8(v.address);
          d["domain"] = from_utf8(v.domain);
          d["free_mail"] = v.free_mail;
        } else if constexpr (std::is_same_v<V, MessengerValue>) {
          d["app"] = v.app;
        } else if constexpr (std::is_same_v<V, UrlValue>) {
          d["domain"] = from_utf8(v.domain);
          d["shortener"] = v.shortener;
        } else if constexpr (std::is_same_v<V, AgeValue>) {
          d["min"] = optional_value(v.min);
          d["max"] = optional_value(v.max);
          d["addressed"] = v.addressed;
        } else if constexpr (std::is_same_v<V, PlaceValue>) {
          d["country"] = v.country;
          d["name"] = from_utf8(v.name);
          d["abroad"] = v.abroad;
        } else if constexpr (std::is_same_v<V, CompanyIdValue>) {
          d["kind"] = v.kind;
          d["value"] = from_utf8(v.value);
        }
      },
      value);
  return d;
}

py::dict hit_dict(const Hit& hit) {
  py::dict d;
  d["rule"] = hit.rule;
  d["family"] = hit.family;
  d["points"] = hit.points;
  const TextSpan& first = first_match(hit);
  d["text"] = from_utf8(first.text);
  d["start"] = first.start;
  d["end"] = first.end;
  d["start_cp"] = first.start_cp;
  d["end_cp"] = first.end_cp;
  d["description"] = from_utf8(hit.description);
  d["advice"] = from_utf8(hit.advice);
  py::list matches;
  for (const auto& m : hit.matches) matches.append(span_dict(m));
  d["matches"] = matches;
  return d;
}

py::dict entity_dict(const Entity& entity) {
  py::dict d;
  d["type"] = entity_type_name(entity.type);
  for (auto item : span_dict(entity.span)) d[item.first] = item.second;
  d["value"] = value_dict(entity.value);
  return d;
}

py::dict family_dict(const FamilyTotal& family) {
  py::dict d;
  d["family"] = family.family;
  d["name"] = from_utf8(family.name);
  d["raw"] = family.raw;
  d["points"] = family.points;
  return d;
}

// The dict of jobscreen::to_json's schema, built directly: about twice as fast
// as json.loads(to_json(r)); tests check that the two agree.
py::dict result_dict(const Result& result) {
  py::dict d;
  d["score"] = result.score;
  d["level"] = level_name(result.level);
  d["flags"] = py::cast(flag_names(result.flags));
  py::list hits, families, entities;
  for (const auto& hit : result.hits) hits.append(hit_dict(hit));
  for (const auto& family : result.families) families.append(family_dict(family));
  for (const auto& entity : result.entities) entities.append(entity_dict(entity));
  d["hits"] = hits;
  d["families"] = families;
  d["entities"] = entities;
  return d;
}

// Pickling goes through the JSON of a result holding the object.
py::tuple reduce_to(const char* kind, const Result& holder) {
  return py::make_tuple(py::module_::import("jobscreen._jobscreen").attr("_restore"),
                        py::make_tuple(kind, to_json(holder)));
}

py::object restore(const std::string& kind, std::string_view json) {
  Result result;
  try {
    result = result_from_json(json);
  } catch (const std::invalid_argument& e) {
    throw py::value_error(e.what());
  }
  const auto need = [](bool ok) {
    if (!ok) throw py::value_error("the pickled object is incomplete");
  };
  if (kind == "result") return py::cast(std::move(result));
  if (kind == "family") {
    need(!result.families.empty());
    return py::cast(result.families.front());
  }
  if (kind == "entity") {
    need(!result.entities.empty());
    return py::cast(result.entities.front());
  }
  need(!result.hits.empty());
  if (kind == "hit") return py::cast(result.hits.front());
  need(kind == "match" && !result.hits.front().matches.empty());
  return py::cast(result.hits.front().matches.front());
}

// __eq__ by a function of the values; other types compare as not equal.
template <typename T, typename Key>
void add_equality(py::class_<T>& cls, Key key) {
  cls.def("__eq__", [key](const T& self, py::object other) -> py::object {
    if (!py::isinstance<T>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
    return py::bool_(key(self).equal(key(other.cast<const T&>())));
  });
}

// Public classes show as jobscreen.X, where the package re-exports them.
template <typename T>
void set_public(py::class_<T>& cls) {
  cls.attr("__module__") = "jobscreen";
}

void bind_match(py::module_& m) {
  py::class_<TextSpan> cls(m, "Match", "One place a rule matched (immutable).");
  cls.def_property_readonly(
         "text", [](const TextSpan& s) { return from_utf8(s.text); },
         "The original text of the match.")
      .def_property_readonly(
          "start", [](const TextSpan& s) { return s.start_cp; },
          "Start as a str index (code points).")
      .def_property_readonly(
          "end", [](const TextSpan& s) { return s.end_cp; },
          "End as a str index (code points, exclusive).")
      .def_property_readonly(
          "start_byte", [](const TextSpan& s) { return s.start; }, "Start in the UTF-8 bytes.")
      .def_property_readonly(
          "end_byte", [](const TextSpan& s) { return s.end; },
          "End in the UTF-8 bytes (exclusive).")
      .def("to_dict", &span_dict, "The match as in the result JSON (start/end in bytes).")
      .def("__repr__",
           [](const TextSpan& s) {
             return "<Match text=" + quoted(s.text) + " start=" + std::to_string(s.start_cp) +
                    " end=" + std::to_string(s.end_cp) + ">";
           })
      .def("__hash__",
           [](const TextSpan& s) { return py::hash(py::make_tuple(s.text, s.start, s.end)); })
      .def("__reduce__", [](const TextSpan& s) {
        Result holder;
        holder.hits.push_back(Hit{});
        holder.hits.back().matches.push_back(s);
        return reduce_to("match", holder);
      });
  add_equality(cls, [](const TextSpan& s) { return span_dict(s); });
  set_public(cls);
}

void bind_hit(py::module_& m) {
  py::class_<Hit> cls(m, "Hit",
                      "A rule that fired (immutable). text/start/end are its first match.");
  cls.def_property_readonly(
         "rule", [](const Hit& h) { return h.rule; }, "Rule id.")
      .def_property_readonly(
          "family", [](const Hit& h) { return h.family; }, "Family id.")
      .def_property_readonly(
          "points", [](const Hit& h) { return h.points; },
          "The rule's weight, before the family cap.")
      .def_property_readonly(
          "text", [](const Hit& h) { return from_utf8(first_match(h).text); },
          "Text of the first match ('' when the rule fired on an absence).")
      .def_property_readonly(
          "start", [](const Hit& h) { return first_match(h).start_cp; },
          "Start of the first match as a str index (0 without matches).")
      .def_property_readonly(
          "end", [](const Hit& h) { return first_match(h).end_cp; },
          "End of the first match as a str index (0 without matches).")
      .def_property_readonly(
          "start_byte", [](const Hit& h) { return first_match(h).start; },
          "Start of the first match in the UTF-8 bytes.")
      .def_property_readonly(
          "end_byte", [](const Hit& h) { return first_match(h).end; },
          "End of the first match in the UTF-8 bytes.")
      .def_property_readonly(
          "description", [](const Hit& h) { return from_utf8(h.description); },
          "What the sign means, in the scan's language.")
      .def_property_readonly(
          "advice", [](const Hit& h) { return from_utf8(h.advice); },
          "What to ask or tell the caller, in the scan's language.")
      .def_property_readonly(
          "matches", [](const Hit& h) { return tuple_of(h.matches); },
          "Every place the rule matched (at most 20), first one first.")
      .def("to_dict", &hit_dict, "The hit as in the result JSON (start/end in bytes).")
      .def("__repr__",
           [](const Hit& h) {
             const TextSpan& first = first_match(h);
             return "<Hit rule=" + quoted(h.rule) + " points=" + std::to_string(h.points) +
                    " text=" + quoted(first.text) + " start=" + std::to_string(first.start_cp) +
                    " end=" + std::to_string(first.end_cp) + ">";
           })
      .def("__hash__",
           [](const Hit& h) {
             return py::hash(py::make_tuple(h.rule, first_match(h).start, h.matches.size()));
           })
      .def("__reduce__", [](const Hit& h) {
        Result holder;
        holder.hits.push_back(h);
        return reduce_to("hit", holder);
      });
  add_equality(cls, [](const Hit& h) { return hit_dict(h); });
  set_public(cls);
}

void bind_family(py::module_& m) {
  py::class_<FamilyTotal> cls(m, "FamilyTotal",
                              "Points of one indicator family, before and after its cap.");
  cls.def_property_readonly(
         "family", [](const FamilyTotal& f) { return f.family; }, "Family id.")
      .def_property_readonly(
          "name", [](const FamilyTotal& f) { return from_utf8(f.name); },
          "Family name in the scan's language.")
      .def_property_readonly(
          "raw", [](const FamilyTotal& f) { return f.raw; }, "Sum of the family's hits.")
      .def_property_readonly(
          "points", [](const FamilyTotal& f) { return f.points; },
          "What the family adds to the score (after its cap).")
      .def("to_dict", &family_dict, "The family total as in the result JSON.")
      .def("__repr__",
           [](const FamilyTotal& f) {
             return "<FamilyTotal family=" + quoted(f.family) +
                    " points=" + std::to_string(f.points) + " raw=" + std::to_string(f.raw) + ">";
           })
      .def("__hash__",
           [](const FamilyTotal& f) { return py::hash(py::make_tuple(f.family, f.points)); })
      .def("__reduce__", [](const FamilyTotal& f) {
        Result holder;
        holder.families.push_back(f);
        return reduce_to("family", holder);
      });
  add_equality(cls, [](const FamilyTotal& f) { return family_dict(f); });
  set_public(cls);
}

void bind_entity(py::module_& m) {
  py::class_<Entity> cls(m, "Entity", "A fact found in the text: pay, phone, e-mail, ...");
  cls.def_property_readonly(
         "type", [](const Entity& e) { return entity_type_name(e.type); },
         "pay, phone, email, messenger, url, age, place or company_id.")
      .def_property_readonly(
          "text", [](const Entity& e) { return from_utf8(e.span.text); }, "The original text.")
      .def_property_readonly(
          "start", [](const Entity& e) { return e.span.start_cp; },
          "Start as a str index (code points).")
      .def_property_readonly(
          "end", [](const Entity& e) { return e.span.end_cp; },
          "End as a str index (code points, exclusive).")
      .def_property_readonly(
          "start_byte", [](const Entity& e) { return e.span.start; }, "Start in the UTF-8 bytes.")
      .def_property_readonly(
          "end_byte", [](const Entity& e) { return e.span.end; },
          "End in the UTF-8 bytes (exclusive).")
      .def_property_readonly(
          "value", [](const Entity& e) { return value_dict(e.value); },
          "A new dict of the type's fields (docs/entities.md).")
      .def("to_dict", &entity_dict, "The entity as in the result JSON (start/end in bytes).")
      .def("__repr__",
           [](const Entity& e) {
             return std::string("<Entity type='") + entity_type_name(e.type) +
                    "' text=" + quoted(e.span.text) + " start=" + std::to_string(e.span.start_cp) +
                    " end=" + std::to_string(e.span.end_cp) + ">";
           })
      .def("__hash__",
           [](const Entity& e) {
             return py::hash(py::make_tuple(entity_type_name(e.type), e.span.start, e.span.end));
           })
      .def("__reduce__", [](const Entity& e) {
        Result holder;
        holder.entities.push_back(e);
        return reduce_to("entity", holder);
      });
  add_equality(cls, [](const Entity& e) { return entity_dict(e); });
  set_public(cls);
}

void bind_result(py::module_& m) {
  py::class_<Result> cls(m, "Result",
                         "What a scan found (immutable): score, level, flags, hits, families, "
                         "entities.");
  cls.def_property_readonly(
         "score", [](const Result& r) { return r.score; },
         "0..100, the sum of the families' points.")
      .def_property_readonly(
          "level", [](const Result& r) { return level_name(r.level); },
          "'low', 'caution' or 'high'.")
      .def_property_readonly(
          "flags", [](const Result& r) { return py::tuple(py::cast(flag_names(r.flags))); },
          "What the normaliser noticed, e.g. ('leet', 'mixed_script').")
      .def_property_readonly(
          "hits", [](const Result& r) { return tuple_of(r.hits); },
          "Rules that fired, in order of first match.")
      .def_property_readonly(
          "families", [](const Result& r) { return tuple_of(r.families); },
          "Families with hits, highest points first.")
      .def_property_readonly(
          "entities", [](const Result& r) { return tuple_of(r.entities); },
          "Facts found in the text, in text order.")
      .def("to_dict", &result_dict,
           "A new dict in the schema of the result JSON (docs/results.md).")
      .def(
          "to_json",
          [](const Result& r, std::optional<int> indent) {
            return from_utf8(to_json(r, indent.value_or(-1)));
          },
          py::arg("indent") = py::none(), "The result JSON; one line unless indent is given.")
      .def("__repr__",
           [](const Result& r) {
             std::string text = "<Result score=" + std::to_string(r.score) + " level='" +
                                level_name(r.level) + "' hits=" + std::to_string(r.hits.size());
             if (r.flags != Flag::none) {
               text += " flags=";
               text += py::repr(py::tuple(py::cast(flag_names(r.flags)))).cast<std::string>();
             }
             return text + ">";
           })
      .def("__hash__", [](const Result& r) { return std::hash<std::string>{}(to_json(r)); })
      .def("__reduce__", [](const Result& r) { return reduce_to("result", r); });
  add_equality(cls, [](const Result& r) { return py::str(to_json(r)); });
  set_public(cls);
}

void bind_failure(py::module_& m) {
  py::class_<ScanFailure> cls(m, "ScanFailure",
                              "An item of scan_many() that could not be scanned (immutable).");
  cls.def(py::init([](std::size_t index, std::string error, std::string message) {
            return ScanFailure{index, std::move(error), std::move(message)};
          }),
          py::arg("index"), py::arg("error"), py::arg("message"))
      .def_property_readonly(
          "index", [](const ScanFailure& f) { return f.index; },
          "Position of the item in the batch.")
      .def_property_readonly(
          "error", [](const ScanFailure& f) { return f.error; },
          "Exception a single scan() would raise: 'TypeError', 'ValueError'.")
      .def_property_readonly(
          "message", [](const ScanFailure& f) { return f.message; },
          "What was wrong with the item.")
      .def("__repr__",
           [](const ScanFailure& f) {
             return "<ScanFailure index=" + std::to_string(f.index) + " " + f.error + ": " +
                    f.message + ">";
           })
      .def("__hash__",
           [](const ScanFailure& f) { return py::hash(py::make_tuple(f.index, f.message)); })
      .def("__reduce__", [](py::object self) {
        const auto& f = self.cast<const ScanFailure&>();
        return py::make_tuple(py::type::handle_of(self),
                              py::make_tuple(f.index, f.error, f.message));
      });
  add_equality(cls, [](const ScanFailure& f) {
    return py::str(py::make_tuple(f.index, f.error, f.message));
  });
  set_public(cls);
}

}  // namespace

void bind_results(py::module_& m) {
  bind_match(m);
  bind_hit(m);
  bind_family(m);
  bind_entity(m);
  bind_result(m);
  bind_failure(m);
  m.def("_restore", &restore, py::arg("kind"), py::arg("json"),
        "Rebuilds a pickled result object.");
}

}  // namespace jobscreen::python
