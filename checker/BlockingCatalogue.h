//===- BlockingCatalogue.h - Which calls block the calling thread -*- C++ -*-//
//
// The catalogue answers one question for the rest of the check: does this
// call or construction wait for the outside world (a peer on the network, the
// disk, a timer, another process or thread, a database server, a terminal)?
// It knows the C and C++ standard libraries, POSIX and a set of popular
// client libraries by the qualified names of their functions, and takes more
// names, or fewer, from the check's options.
//
//===----------------------------------------------------------------------===//

#ifndef LOCKIO_CHECKER_BLOCKINGCATALOGUE_H
#define LOCKIO_CHECKER_BLOCKINGCATALOGUE_H

#include "NameList.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <cstdint>
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class CXXRecordDecl;
class Expr;
class FunctionDecl;
} // namespace clang

namespace lockio {

/// What a blocking call waits for. Each category can be switched on or off
/// with the check's `Categories` option.
enum class BlockingCategory : uint8_t {
  Network,
  File,
  Sleep,
  Process,
  Wait,
  Database,
  Console,
  /// Named by the user's `BlockingFunctions` option: always on.
  User,
};

/// A set of categories, one bit each.
using CategorySet = uint32_t;

/// The bit of \p C in a CategorySet.
constexpr CategorySet categoryBit(BlockingCategory C) {
  return CategorySet(1) << static_cast<unsigned>(C);
}

/// The lower-case name by which options and the docs spell \p C.
llvm::StringRef categoryName(BlockingCategory C);

/// The category whose name is \p Name, if there is one (`User` has none).
std::optional<BlockingCategory> categoryByName(llvm::StringRef Name);

/// The categories that are on when the user does not say: all but console
/// output, which most programs do under a lock on purpose.
CategorySet defaultCategories();

/// The default value of the `Categories` option, spelled out.
std::string defaultCategoriesSpec();

/// One row of the built-in table.
struct CatalogueRow;

/// A call that the catalogue knows to block.
struct BlockingApi {
  /// The function as messages name it: `recv`, `std::thread::join`.
  std::string Name;
  /// For an operation on a stream object, the stream as the user wrote it
  /// (`out`, `std::cout`); empty otherwise.
  std::string Object;
  BlockingCategory Category;
  /// The stream, descriptor or socket the call operates on, where the call
  /// has one; it tells I/O that a lock serialises from a fetch.
  const clang::Expr *Target = nullptr;
  /// For a wait on a condition variable: the argument naming the lock that
  /// the wait releases while it sleeps.
  const clang::Expr *ReleasedLock = nullptr;
};

/// The table of blocking APIs and the options that adjust it.
class BlockingCatalogue {
public:
  /// \p Enabled says which built-in categories count; \p Extra names more
  /// blocking functions (category User); \p Ignored names functions that
  /// never count, whatever the table says.
  BlockingCatalogue(CategorySet Enabled, NameList Extra, NameList Ignored);

  /// Classifies \p E, a CallExpr or CXXConstructExpr. Returns nothing for a
  /// call that does not block or whose category is off.
  std::optional<BlockingApi> classify(const clang::Expr *E,
                                      const clang::ASTContext &Ctx) const;

  /// Whether the `IgnoredFunctions` option names \p FD: a function of the
  /// TU named there is not looked into either.
  bool ignores(const clang::FunctionDecl *FD) const;

  /// Whether \p E blocks in some category, on or off: a call the table knows
  /// is never treated as a helper to look into.
  bool isKnownLibraryCall(const clang::Expr *E,
                          const clang::ASTContext &Ctx) const;

private:
  std::optional<BlockingApi>
  classifyUnfiltered(const clang::Expr *E, const clang::ASTContext &Ctx) const;
  std::optional<BlockingApi>
  classifyStreamCall(const clang::Expr *E, const clang::ASTContext &Ctx) const;
  std::optional<BlockingCategory>
  streamCategory(const clang::CXXRecordDecl *RD) const;

  CategorySet Enabled;
  NameList Extra;
  NameList Ignored;
  /// Table rows by fully qualified name.
  llvm::StringMap<const CatalogueRow *> ByName;
  /// The unqualified names in the table, to reject most calls with one
  /// hash lookup before a qualified name is built.
  llvm::StringSet<> ShortNames;
  /// Memoised answers of streamCategory.
  mutable llvm::DenseMap<const clang::CXXRecordDecl *,
                         std::optional<BlockingCategory>>
      StreamClasses;
};

} // namespace lockio

#endif // LOCKIO_CHECKER_BLOCKINGCATALOGUE_H
