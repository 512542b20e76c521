//===- NameList.cpp - Semicolon-separated name patterns from options ------===//

#include "NameList.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace lockio {

NameList::NameList(llvm::StringRef Spec, std::vector<std::string> &Errors) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Spec.split(Parts, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;

    bool Unqualified = !Part.contains("::");
    std::string Anchored;
    if (Unqualified || Part.starts_with("::"))
      Anchored = ("^(" + Part + ")$").str();
    else
      Anchored = ("^(.*::)?(" + Part + ")$").str();

    llvm::Regex Pattern(Anchored);
    std::string Error;
    if (!Pattern.isValid(Error)) {
      Errors.push_back(("'" + Part + "' is not a valid regular expression: " +
                        Error)
                           .str());
      continue;
    }
    Entries.push_back({std::move(Pattern), Unqualified});
  }
}

bool NameList::matchesQualified(llvm::StringRef QualifiedName) const {
  llvm::StringRef Unqualified = QualifiedName.rsplit("::").second;
  if (Unqualified.empty())
    Unqualified = QualifiedName;
  for (const Entry &E : Entries)
    if (E.Pattern.match(E.Unqualified ? Unqualified : QualifiedName))
      return true;
  return false;
}

bool NameList::matchesText(llvm::StringRef Text) const {
  for (const Entry &E : Entries)
    if (E.Pattern.match(Text))
      return true;
  return false;
}

/// The name of one scope or of the declaration itself, as a reader writes it.
static std::string plainName(const NamedDecl *D) {
  // Constructors and destructors are named after their class, without the
  // template arguments of a specialization.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D))
    return plainName(Ctor->getParent());
  if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(D))
    return "~" + plainName(Dtor->getParent());
  if (const IdentifierInfo *II = D->getIdentifier())
    return II->getName().str();
  if (const auto *NS = dyn_cast<NamespaceDecl>(D))
    if (NS->isAnonymousNamespace())
      return "(anonymous namespace)";
  return D->getDeclName().getAsString();
}

std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 4> Scopes;
  for (const DeclContext *DC = D->getDeclContext(); DC;
       DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (!NS->isInline())
        Scopes.push_back(plainName(NS));
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      Scopes.push_back(plainName(RD));
    } else if (isa<FunctionDecl>(DC)) {
      // A local class: its scope is the function, which no catalogue entry
      // names, so the function's own name stands for it.
      Scopes.push_back(plainName(cast<FunctionDecl>(DC)));
    }
  }

  std::string Result;
  for (auto It = Scopes.rbegin(); It != Scopes.rend(); ++It) {
    Result += "::";
    Result += *It;
  }
  Result += "::";
  Result += plainName(D);
  return Result;
}

} // namespace lockio
