//===- NameList.h - Semicolon-separated name patterns from options -*- C++ -*-//
//
// Several options of the check name functions, types or locks as a list of
// regular expressions. This file holds the one parser and matcher they share,
// so that every option follows the same convention.
//
//===----------------------------------------------------------------------===//

#ifndef LOCKIO_CHECKER_NAMELIST_H
#define LOCKIO_CHECKER_NAMELIST_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include <string>
#include <vector>

namespace clang {
class NamedDecl;
} // namespace clang

namespace lockio {

/// A list of name patterns, written as regular expressions separated by
/// semicolons. An entry without `::` matches a declaration's unqualified
/// name in any scope; an entry that starts with `::` matches the fully
/// qualified name; any other entry with `::` matches a trailing part of the
/// qualified name that starts at a scope boundary. Every entry must match the
/// whole name, not a part of it.
class NameList {
public:
  NameList() = default;

  /// Parses \p Spec. Entries that are not valid regular expressions are left
  /// out and described in \p Errors, one message each.
  NameList(llvm::StringRef Spec, std::vector<std::string> &Errors);

  /// Whether any entry matches a declaration whose fully qualified name
  /// (with a leading `::`) is \p QualifiedName.
  bool matchesQualified(llvm::StringRef QualifiedName) const;

  /// Whether any entry matches \p Text as a whole, with no notion of scopes
  /// (for lock spellings such as `this->mu_`).
  bool matchesText(llvm::StringRef Text) const;

  bool empty() const { return Entries.empty(); }

private:
  struct Entry {
    llvm::Regex Pattern;
    /// Whether the pattern is tried on the unqualified name only.
    bool Unqualified;
  };
  std::vector<Entry> Entries;
};

/// The fully qualified name of \p D with a leading `::`, leaving out inline
/// namespaces (`std::__cxx11`) and the arguments of enclosing class template
/// specializations, so that catalogue entries can be written as a reader
/// thinks of them: `::std::basic_ofstream::open`.
std::string qualifiedName(const clang::NamedDecl *D);

} // namespace lockio

#endif // LOCKIO_CHECKER_NAMELIST_H
