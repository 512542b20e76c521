//===- LockModel.cpp - Which expressions take and release which lock ------===//

#include "LockModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/StringExtras.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace lockio {

namespace {

/// A C lock function: which way it goes, and for a try-lock whether zero
/// means success.
struct CLockFunction {
  const char *Name;
  LockEvent::Kind Kind;
  bool SuccessIsZero;
};

// clang-format off
constexpr CLockFunction CLockFunctions[] = {
  {"pthread_mutex_lock", LockEvent::Acquire, false},
  {"pthread_mutex_unlock", LockEvent::Release, false},
  {"pthread_mutex_trylock", LockEvent::TryAcquire, true},
  {"pthread_mutex_timedlock", LockEvent::TryAcquire, true},
  {"pthread_rwlock_rdlock", LockEvent::Acquire, false},
  {"pthread_rwlock_wrlock", LockEvent::Acquire, false},
  {"pthread_rwlock_unlock", LockEvent::Release, false},
  {"pthread_rwlock_tryrdlock", LockEvent::TryAcquire, true},
  {"pthread_rwlock_trywrlock", LockEvent::TryAcquire, true},
  {"pthread_rwlock_timedrdlock", LockEvent::TryAcquire, true},
  {"pthread_rwlock_timedwrlock", LockEvent::TryAcquire, true},
  {"pthread_spin_lock", LockEvent::Acquire, false},
  {"pthread_spin_unlock", LockEvent::Release, false},
  {"pthread_spin_trylock", LockEvent::TryAcquire, true},
  {"mtx_lock", LockEvent::Acquire, false},
  {"mtx_unlock", LockEvent::Release, false},
  {"mtx_trylock", LockEvent::TryAcquire, true},
  {"mtx_timedlock", LockEvent::TryAcquire, true},
  {"g_mutex_lock", LockEvent::Acquire, false},
  {"g_mutex_unlock", LockEvent::Release, false},
  {"g_mutex_trylock", LockEvent::TryAcquire, false},
  {"g_rec_mutex_lock", LockEvent::Acquire, false},
  {"g_rec_mutex_unlock", LockEvent::Release, false},
  {"g_rec_mutex_trylock", LockEvent::TryAcquire, false},
  {"g_rw_lock_writer_lock", LockEvent::Acquire, false},
  {"g_rw_lock_writer_unlock", LockEvent::Release, false},
  {"g_rw_lock_writer_trylock", LockEvent::TryAcquire, false},
  {"g_rw_lock_reader_lock", LockEvent::Acquire, false},
  {"g_rw_lock_reader_unlock", LockEvent::Release, false},
  {"g_rw_lock_reader_trylock", LockEvent::TryAcquire, false},
  {"EnterCriticalSection", LockEvent::Acquire, false},
  {"LeaveCriticalSection", LockEvent::Release, false},
  {"TryEnterCriticalSection", LockEvent::TryAcquire, false},
  {"AcquireSRWLockExclusive", LockEvent::Acquire, false},
  {"AcquireSRWLockShared", LockEvent::Acquire, false},
  {"ReleaseSRWLockExclusive", LockEvent::Release, false},
  {"ReleaseSRWLockShared", LockEvent::Release, false},
  {"TryAcquireSRWLockExclusive", LockEvent::TryAcquire, false},
  {"TryAcquireSRWLockShared", LockEvent::TryAcquire, false},
};
// clang-format on

/// How a member function named \p Name acts on a mutex object, and the
/// name of the function that undoes it (a class counts as a mutex only when
/// it has both).
struct MemberLockFunction {
  LockEvent::Kind Kind;
  llvm::StringRef Counterpart;
};

std::optional<MemberLockFunction> memberLockFunction(llvm::StringRef Name) {
  using K = LockEvent;
  return llvm::StringSwitch<std::optional<MemberLockFunction>>(Name)
      .Case("lock", MemberLockFunction{K::Acquire, "unlock"})
      .Case("lock_shared", MemberLockFunction{K::Acquire, "unlock_shared"})
      .Case("Lock", MemberLockFunction{K::Acquire, "Unlock"})
      .Case("unlock", MemberLockFunction{K::Release, "lock"})
      .Case("unlock_shared", MemberLockFunction{K::Release, "lock_shared"})
      .Case("Unlock", MemberLockFunction{K::Release, "Lock"})
      .Case("try_lock", MemberLockFunction{K::TryAcquire, "unlock"})
      .Case("try_lock_for", MemberLockFunction{K::TryAcquire, "unlock"})
      .Case("try_lock_until", MemberLockFunction{K::TryAcquire, "unlock"})
      .Case("try_lock_shared",
            MemberLockFunction{K::TryAcquire, "unlock_shared"})
      .Case("try_lock_shared_for",
            MemberLockFunction{K::TryAcquire, "unlock_shared"})
      .Case("try_lock_shared_until",
            MemberLockFunction{K::TryAcquire, "unlock_shared"})
      .Case("TryLock", MemberLockFunction{K::TryAcquire, "Unlock"})
      // Abseil's reader and writer spellings.
      .Case("ReaderLock", MemberLockFunction{K::Acquire, "ReaderUnlock"})
      .Case("ReaderUnlock", MemberLockFunction{K::Release, "ReaderLock"})
      .Case("WriterLock", MemberLockFunction{K::Acquire, "WriterUnlock"})
      .Case("WriterUnlock", MemberLockFunction{K::Release, "WriterLock"})
      .Case("ReaderTryLock",
            MemberLockFunction{K::TryAcquire, "ReaderUnlock"})
      // Qt's QMutex and QReadWriteLock.
      .Case("tryLock", MemberLockFunction{K::TryAcquire, "unlock"})
      .Case("lockForRead", MemberLockFunction{K::Acquire, "unlock"})
      .Case("lockForWrite", MemberLockFunction{K::Acquire, "unlock"})
      .Case("tryLockForRead", MemberLockFunction{K::TryAcquire, "unlock"})
      .Case("tryLockForWrite", MemberLockFunction{K::TryAcquire, "unlock"})
      .Default(std::nullopt);
}

/// What a call of the member \p Name does to the guard it is called on.
LockEvent::Kind guardMemberKind(llvm::StringRef Name) {
  return llvm::StringSwitch<LockEvent::Kind>(Name)
      .Cases("lock", "Lock", "relock", LockEvent::GuardLock)
      // absl::ReleasableMutexLock::Release unlocks; std's release() does not.
      .Cases("unlock", "Unlock", "Release", LockEvent::GuardUnlock)
      .Cases("try_lock", "try_lock_for", "try_lock_until",
             LockEvent::GuardTryLock)
      .Case("owns_lock", LockEvent::GuardOwns)
      .Case("release", LockEvent::GuardRelease)
      .Default(LockEvent::None);
}

/// Whether \p Record is one of the built-in scoped guard templates or
/// classes.
bool isBuiltinGuard(const CXXRecordDecl *Record) {
  std::string Name = qualifiedName(Record);
  return llvm::StringSwitch<bool>(Name)
      .Cases("::std::lock_guard", "::std::unique_lock", "::std::scoped_lock",
             "::std::shared_lock", true)
      .Cases("::boost::lock_guard", "::boost::unique_lock",
             "::boost::shared_lock", "::boost::upgrade_lock", true)
      .Cases("::absl::MutexLock", "::absl::ReaderMutexLock",
             "::absl::WriterMutexLock", "::absl::ReleasableMutexLock", true)
      .Cases("::QMutexLocker", "::QReadLocker", "::QWriteLocker", true)
      .Default(false);
}

/// Whether a guard of class \p Record takes every mutex it is given rather
/// than only the first one.
bool takesAllArguments(const CXXRecordDecl *Record) {
  return Record->getIdentifier() && Record->getName() == "scoped_lock" &&
         Record->isInStdNamespace();
}

/// The kind of lock tag or timeout \p Type is, for guard constructors.
enum class GuardArgument { Mutex, DeferTag, TryTag, AdoptTag, Timeout };

GuardArgument classifyGuardArgument(QualType Type) {
  const auto *Record = Type.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record || !Record->getIdentifier())
    return GuardArgument::Mutex;
  llvm::StringRef Name = Record->getName();
  if (Name == "defer_lock_t")
    return GuardArgument::DeferTag;
  if (Name == "try_to_lock_t")
    return GuardArgument::TryTag;
  if (Name == "adopt_lock_t")
    return GuardArgument::AdoptTag;
  if (Name == "duration" || Name == "time_point")
    return GuardArgument::Timeout;
  return GuardArgument::Mutex;
}

/// The source text of \p E, for messages.
std::string spelling(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::StringRef Text = Lexer::getSourceText(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM,
      Ctx.getLangOpts());
  if (!Text.empty())
    return Text.str();
  std::string Printed;
  llvm::raw_string_ostream OS(Printed);
  E->printPretty(OS, nullptr, Ctx.getPrintingPolicy());
  return OS.str();
}

/// A key that names the declaration \p D and nothing else.
std::string declKey(const Decl *D) {
  return "#" + std::to_string(reinterpret_cast<uintptr_t>(D));
}

std::optional<std::string> objectKey(const Expr *E, const ASTContext &Ctx,
                                     unsigned Depth = 0);

/// The key of the object that pointer \p E points to.
std::optional<std::string> pointeeKey(const Expr *E, const ASTContext &Ctx,
                                      unsigned Depth) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    if (Unary->getOpcode() == UO_AddrOf)
      return objectKey(Unary->getSubExpr(), Ctx, Depth + 1);
  if (isa<CXXThisExpr>(E))
    return std::string("this");
  // A smart pointer's `operator->` yields the pointer it holds.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if (Op->getOperator() == OO_Arrow && Op->getNumArgs() == 1)
      return pointeeKey(Op->getArg(0), Ctx, Depth + 1);
  std::optional<std::string> Pointer = objectKey(E, Ctx, Depth + 1);
  if (!Pointer)
    return std::nullopt;
  return "*" + *Pointer;
}

/// The key of the object \p E denotes: a declaration plus an access path.
std::optional<std::string> objectKey(const Expr *E, const ASTContext &Ctx,
                                     unsigned Depth) {
  // Deeply nested accesses are rare; a bound keeps alias chains finite.
  if (Depth > 16)
    return std::nullopt;
  E = E->IgnoreParenImpCasts();

  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    // A local reference is another name for what it was bound to.
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->getType()->isReferenceType() && Var->hasLocalStorage() &&
          !isa<ParmVarDecl>(Var) && Var->getInit())
        return objectKey(Var->getInit(), Ctx, Depth + 1);
    return declKey(Ref->getDecl()->getCanonicalDecl());
  }

  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    std::optional<std::string> Base =
        Member->isArrow() ? pointeeKey(Member->getBase(), Ctx, Depth + 1)
                          : objectKey(Member->getBase(), Ctx, Depth + 1);
    if (!Base)
      return std::nullopt;
    return *Base + "." +
           declKey(Member->getMemberDecl()->getCanonicalDecl());
  }

  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    if (Unary->getOpcode() == UO_Deref)
      return pointeeKey(Unary->getSubExpr(), Ctx, Depth + 1);

  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if (Op->getOperator() == OO_Star && Op->getNumArgs() == 1)
      return pointeeKey(Op->getArg(0), Ctx, Depth + 1);

  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
    std::optional<std::string> Base =
        objectKey(Subscript->getBase(), Ctx, Depth + 1);
    if (!Base)
      return std::nullopt;
    const Expr *Index = Subscript->getIdx()->IgnoreParenImpCasts();
    Expr::EvalResult Value;
    if (!Index->isValueDependent() && Index->EvaluateAsInt(Value, Ctx))
      return *Base + "[" + llvm::toString(Value.Val.getInt(), 10) + "]";
    if (std::optional<std::string> IndexKey = objectKey(Index, Ctx, Depth + 1))
      return *Base + "[" + *IndexKey + "]";
    return std::nullopt;
  }

  // Anything else (a call returning a mutex, a container's operator[]) is
  // known by its spelling: two identical spellings are taken to be one lock.
  return "'" + spelling(E, Ctx);
}

/// The name of the mutex that pointer \p E points to: what the user wrote,
/// without the address-of in `pthread_mutex_lock(&mu)`.
std::string pointeeName(const Expr *E, const ASTContext &Ctx) {
  const Expr *Bare = E->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(Bare))
    if (Unary->getOpcode() == UO_AddrOf)
      return spelling(Unary->getSubExpr(), Ctx);
  return spelling(E, Ctx);
}

/// The variable that \p E names, looking through `std::move`.
const VarDecl *namedVariable(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (Call->isCallToStdMove() && Call->getNumArgs() == 1)
      E = Call->getArg(0)->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  return nullptr;
}

/// The construction that initialises \p Var, seen through the wrappers that
/// copy elision and temporaries put around it.
const CXXConstructExpr *initialConstruction(const VarDecl *Var) {
  const Expr *Init = Var->getInit();
  while (Init) {
    Init = Init->IgnoreImplicit();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init)) {
      // `auto g = std::unique_lock(m)` before C++17 copies a temporary.
      if (Construct->getNumArgs() == 1 &&
          Construct->getConstructor()->isCopyOrMoveConstructor() &&
          isa<MaterializeTemporaryExpr, CXXFunctionalCastExpr,
              CXXTemporaryObjectExpr>(Construct->getArg(0)->IgnoreParens()) &&
          !namedVariable(Construct->getArg(0))) {
        Init = Construct->getArg(0);
        continue;
      }
      return Construct;
    }
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init)) {
      Init = Cast->getSubExpr();
      continue;
    }
    if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(Init)) {
      Init = Temp->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

/// The record type of the object a member call is made on.
const CXXRecordDecl *objectRecord(const Expr *Object) {
  QualType Type = Object->getType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  return Type.getNonReferenceType()->getAsCXXRecordDecl();
}

/// Whether the member call \p Call reaches its object through a pointer.
bool callsThroughPointer(const CXXMemberCallExpr *Call) {
  if (const auto *Member = dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParens()))
    return Member->isArrow();
  return false;
}

} // namespace

LockModel::LockModel(LockModelOptions Opts) : Options(std::move(Opts)) {
  for (const CLockFunction &Function : CLockFunctions)
    KnownNames.insert(Function.Name);
  for (llvm::StringRef Name :
       {"lock", "lock_shared", "Lock", "unlock", "unlock_shared", "Unlock",
        "try_lock", "try_lock_for", "try_lock_until", "try_lock_shared",
        "try_lock_shared_for", "try_lock_shared_until", "TryLock", "relock",
        "owns_lock", "release", "operator=", "ReaderLock", "ReaderUnlock",
        "WriterLock", "WriterUnlock", "ReaderTryLock", "tryLock",
        "lockForRead", "lockForWrite", "tryLockForRead", "tryLockForWrite",
        "Release"})
    KnownNames.insert(Name);
}

std::optional<MutexRef> LockModel::mutexRef(const Expr *E, bool ThroughPointer,
                                            const ASTContext &Ctx) const {
  std::optional<std::string> Key =
      ThroughPointer ? pointeeKey(E, Ctx, 0) : objectKey(E, Ctx, 0);
  if (!Key)
    return std::nullopt;
  MutexRef Ref{*Key, ThroughPointer ? pointeeName(E, Ctx) : spelling(E, Ctx)};
  if (isIgnored(Ref, E))
    return std::nullopt;
  return Ref;
}

std::optional<std::string> LockModel::keyOf(const Expr *E,
                                            bool ThroughPointer,
                                            const ASTContext &Ctx) const {
  return ThroughPointer ? pointeeKey(E, Ctx, 0) : objectKey(E, Ctx, 0);
}

bool LockModel::isIgnored(const MutexRef &Ref, const Expr *E) const {
  if (Options.IgnoredMutexes.empty())
    return false;
  if (Options.IgnoredMutexes.matchesText(Ref.Name))
    return true;
  QualType Type = E->getType().getNonReferenceType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  if (const auto *Record = Type->getAsCXXRecordDecl())
    return Options.IgnoredMutexes.matchesQualified(qualifiedName(Record));
  return Options.IgnoredMutexes.matchesText(
      Type.getUnqualifiedType().getAsString());
}

bool LockModel::isGuardType(QualType Type) const {
  const auto *Record = Type.getNonReferenceType()->getAsCXXRecordDecl();
  return Record && isGuardClass(Record);
}

bool LockModel::isGuardClass(const CXXRecordDecl *Record) const {
  Record = Record->getCanonicalDecl();
  auto It = GuardClasses.find(Record);
  if (It != GuardClasses.end())
    return It->second;
  // Clang's thread-safety attributes mark project guards as scoped_lockable.
  bool IsGuard = isBuiltinGuard(Record) || Record->hasAttr<ScopedLockableAttr>() ||
                 (!Options.GuardTypes.empty() &&
                  Options.GuardTypes.matchesQualified(qualifiedName(Record)));
  GuardClasses[Record] = IsGuard;
  return IsGuard;
}

bool LockModel::isMutexClass(const CXXRecordDecl *Record,
                             llvm::StringRef ReleaseName) const {
  if (!Record->hasDefinition())
    return false;
  auto HasMember = [&](const CXXRecordDecl *Class) {
    for (const CXXMethodDecl *Method : Class->methods())
      if (Method->getIdentifier() && Method->getName() == ReleaseName)
        return true;
    return false;
  };
  if (HasMember(Record))
    return true;
  // forallBases is true when the callback holds for every base.
  return !Record->forallBases(
      [&](const CXXRecordDecl *Base) { return !HasMember(Base); });
}

std::optional<GuardDecl> LockModel::classifyGuard(const VarDecl *Var,
                                                  const ASTContext &Ctx) const {
  if (Var->getType()->isReferenceType() || !isGuardType(Var->getType()))
    return std::nullopt;
  GuardDecl Guard;
  const CXXConstructExpr *Construct = initialConstruction(Var);
  if (!Construct || Construct->getNumArgs() == 0) {
    Guard.HoldMode = GuardDecl::Defers;
    return Guard;
  }

  // Moving another guard in takes over whatever it held.
  if (Construct->getConstructor()->isMoveConstructor()) {
    Guard.HoldMode = GuardDecl::Moves;
    Guard.Source = namedVariable(Construct->getArg(0));
    return Guard;
  }

  const CXXRecordDecl *Record =
      Var->getType()->getAsCXXRecordDecl()->getCanonicalDecl();
  bool TakesAll = takesAllArguments(Record);
  for (const Expr *Arg : Construct->arguments()) {
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    switch (classifyGuardArgument(Arg->getType())) {
    case GuardArgument::DeferTag:
      Guard.HoldMode = GuardDecl::Defers;
      continue;
    case GuardArgument::TryTag:
    case GuardArgument::Timeout:
      Guard.HoldMode = GuardDecl::Tries;
      continue;
    case GuardArgument::AdoptTag:
      Guard.HoldMode = GuardDecl::Adopts;
      continue;
    case GuardArgument::Mutex:
      break;
    }
    if (!Guard.Mutexes.empty() && !TakesAll)
      continue;
    bool IsPointer = Arg->getType()->isPointerType();
    if (std::optional<MutexRef> Ref = mutexRef(Arg, IsPointer, Ctx))
      Guard.Mutexes.push_back(std::move(*Ref));
    else if (!TakesAll)
      break;
  }
  return Guard;
}

LockEvent LockModel::classifyGuardCall(const CallExpr *Call,
                                       const CXXRecordDecl *Record,
                                       const ASTContext &Ctx) const {
  LockEvent Event;
  const FunctionDecl *Callee = Call->getDirectCallee();
  const Expr *Object = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Object = Member->getImplicitObjectArgument();
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    Object = Op->getArg(0);
  const VarDecl *Guard = Object ? namedVariable(Object) : nullptr;
  if (!Guard)
    return Event;
  Event.Guard = Guard;

  if (isa<CXXConversionDecl>(Callee)) {
    // `if (lk)` asks the guard whether it owns its mutex.
    if (Callee->getReturnType()->isBooleanType())
      Event.EventKind = LockEvent::GuardOwns;
    return Event;
  }
  if (Callee->getOverloadedOperator() == OO_Equal) {
    if (Call->getNumArgs() == 2 && isGuardType(Call->getArg(1)->getType())) {
      Event.EventKind = LockEvent::GuardMoveAssign;
      Event.Source = namedVariable(Call->getArg(1));
    }
    return Event;
  }
  if (Callee->getIdentifier())
    Event.EventKind = guardMemberKind(Callee->getName());
  (void)Ctx;
  return Event;
}

std::optional<LockEvent>
LockModel::classifyAnnotated(const CallExpr *Call,
                             const ASTContext &Ctx) const {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->hasAttrs())
    return std::nullopt;

  LockEvent Event;
  llvm::ArrayRef<Expr *> Args;
  if (const auto *Acquire = Callee->getAttr<AcquireCapabilityAttr>()) {
    Event.EventKind = LockEvent::Acquire;
    Args = {Acquire->args_begin(), Acquire->args_end()};
  } else if (const auto *Release = Callee->getAttr<ReleaseCapabilityAttr>()) {
    Event.EventKind = LockEvent::Release;
    Args = {Release->args_begin(), Release->args_end()};
  } else if (const auto *Try = Callee->getAttr<TryAcquireCapabilityAttr>()) {
    Event.EventKind = LockEvent::TryAcquire;
    Expr::EvalResult Success;
    Event.SuccessIsZero = Try->getSuccessValue()->EvaluateAsInt(Success, Ctx) &&
                          Success.Val.getInt() == 0;
    Args = {Try->args_begin(), Try->args_end()};
  } else {
    return std::nullopt;
  }

  // A member function of a guard acts on the guard's own mutexes.
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (Method && !Method->isStatic() && isGuardClass(Method->getParent()))
    return std::nullopt;

  // Without arguments the attribute names the object the method is called
  // on; with them, each argument names a parameter or a member.
  if (Args.empty()) {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    if (!Member)
      return std::nullopt;
    if (std::optional<MutexRef> Ref =
            mutexRef(Member->getImplicitObjectArgument(),
                     callsThroughPointer(Member), Ctx))
      Event.Mutexes.push_back(std::move(*Ref));
  } else {
    for (const Expr *Arg : Args) {
      const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts());
      const auto *Param = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
      if (!Param || Param->getFunctionScopeIndex() >= Call->getNumArgs())
        continue;
      const Expr *Actual = Call->getArg(Param->getFunctionScopeIndex() +
                                        (isa<CXXOperatorCallExpr>(Call) &&
                                                 Method
                                             ? 1
                                             : 0));
      if (std::optional<MutexRef> Mutex = mutexRef(
              Actual, Actual->getType()->isPointerType(), Ctx))
        Event.Mutexes.push_back(std::move(*Mutex));
    }
  }
  if (Event.Mutexes.empty())
    return std::nullopt;
  return Event;
}

LockEvent LockModel::classifyCall(const CallExpr *Call,
                                  const ASTContext &Ctx) const {
  LockEvent Event;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return Event;
  const IdentifierInfo *Id = Callee->getIdentifier();
  if (std::optional<LockEvent> Annotated = classifyAnnotated(Call, Ctx))
    return *Annotated;
  bool UserListed =
      !Options.LockFunctions.empty() || !Options.UnlockFunctions.empty();
  if (!UserListed && !isa<CXXConversionDecl>(Callee) &&
      (!Id || !KnownNames.contains(Id->getName())) &&
      Callee->getOverloadedOperator() != OO_Equal &&
      !(Id && Id->getName() == "lock" && Callee->isInStdNamespace()))
    return Event;

  // Calls on an object: a guard, a mutex, or a user-listed lock method.
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (Method && !Method->isStatic()) {
    const Expr *Object = nullptr;
    bool ThroughPointer = false;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      Object = Member->getImplicitObjectArgument();
      ThroughPointer = callsThroughPointer(Member);
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
      Object = Op->getArg(0);
    }
    if (!Object)
      return Event;
    const CXXRecordDecl *Record = objectRecord(Object);
    if (!Record)
      return Event;
    if (isGuardClass(Record))
      return classifyGuardCall(Call, Record, Ctx);

    LockEvent::Kind Kind = LockEvent::None;
    if (UserListed) {
      std::string Qualified = qualifiedName(Method);
      if (Options.LockFunctions.matchesQualified(Qualified))
        Kind = LockEvent::Acquire;
      else if (Options.UnlockFunctions.matchesQualified(Qualified))
        Kind = LockEvent::Release;
    }
    if (Kind == LockEvent::None && Id) {
      std::optional<MemberLockFunction> Known = memberLockFunction(Id->getName());
      if (!Known || !isMutexClass(Record, Known->Counterpart))
        return Event;
      Kind = Known->Kind;
    }
    if (Kind == LockEvent::None)
      return Event;
    if (std::optional<MutexRef> Ref = mutexRef(Object, ThroughPointer, Ctx)) {
      Event.EventKind = Kind;
      Event.Mutexes.push_back(std::move(*Ref));
    }
    return Event;
  }

  // `std::lock(a, b, ...)` takes every mutex it is given.
  if (Id && Id->getName() == "lock" && Callee->isInStdNamespace()) {
    for (const Expr *Arg : Call->arguments())
      if (std::optional<MutexRef> Ref = mutexRef(Arg, false, Ctx))
        Event.Mutexes.push_back(std::move(*Ref));
    if (!Event.Mutexes.empty())
      Event.EventKind = LockEvent::Acquire;
    return Event;
  }

  // Free functions: the C lock APIs and the user's own. The mutex is the
  // first argument, by pointer or by reference.
  if (Call->getNumArgs() == 0)
    return Event;
  if (Id && Callee->isExternC()) {
    for (const CLockFunction &Function : CLockFunctions) {
      if (Id->getName() != Function.Name)
        continue;
      Event.EventKind = Function.Kind;
      Event.SuccessIsZero = Function.SuccessIsZero;
      break;
    }
  }
  if (Event.EventKind == LockEvent::None && UserListed) {
    std::string Qualified = qualifiedName(Callee);
    if (Options.LockFunctions.matchesQualified(Qualified))
      Event.EventKind = LockEvent::Acquire;
    else if (Options.UnlockFunctions.matchesQualified(Qualified))
      Event.EventKind = LockEvent::Release;
  }
  if (Event.EventKind == LockEvent::None)
    return Event;

  const Expr *Arg = Call->getArg(0);
  bool IsPointer = Arg->getType()->isPointerType();
  if (std::optional<MutexRef> Ref = mutexRef(Arg, IsPointer, Ctx))
    Event.Mutexes.push_back(std::move(*Ref));
  else
    Event.EventKind = LockEvent::None;
  return Event;
}

namespace {
/// Looks for the first statement the lock model recognises.
class LockMentionFinder : public RecursiveASTVisitor<LockMentionFinder> {
public:
  LockMentionFinder(const LockModel &Model, const ASTContext &Ctx)
      : Model(Model), Ctx(Ctx) {}

  bool Found = false;

  // A lambda's body is a function of its own, analysed on its own.
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

  bool VisitVarDecl(VarDecl *Var) {
    if (Model.isGuardType(Var->getType()))
      Found = true;
    return !Found;
  }

  bool VisitCallExpr(CallExpr *Call) {
    if (Model.classifyCall(Call, Ctx).EventKind != LockEvent::None)
      Found = true;
    return !Found;
  }

private:
  const LockModel &Model;
  const ASTContext &Ctx;
};
} // namespace

bool LockModel::mentionsLocks(const Stmt *Body, const ASTContext &Ctx) const {
  LockMentionFinder Finder(*this, Ctx);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  return Finder.Found;
}

} // namespace lockio
