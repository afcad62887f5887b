// The .iox schema language (spec: shared/docs/schema-language.md).
// The parser only recognises shape; names, constants and types are checked later.
grammar IoxSchema;

schema
    : packageDecl? importDecl* declaration* EOF
    ;

packageDecl : PACKAGE qualifiedName SEMI ;
importDecl  : IMPORT STRING SEMI ;

declaration
    : constDecl
    | enumDecl
    | structDecl
    | serviceDecl
    ;

constDecl : attribute* CONST IDENT (COLON typeRef)? ASSIGN expr SEMI ;

// `enum` and `flags` share one shape; the keyword tells them apart.
enumDecl
    : attribute* kind=(ENUM | FLAGS) IDENT COLON typeRef
      LBRACE (enumMember (COMMA enumMember)* COMMA?)? RBRACE
    ;
enumMember : IDENT (ASSIGN expr)? ;

structDecl : attribute* STRUCT IDENT LBRACE field* RBRACE ;
field      : attribute* IDENT COLON typeRef SEMI ;

serviceDecl
    : attribute* SERVICE STRING pattern=(PUBLISH_SUBSCRIBE | REQUEST_RESPONSE | EVENT)
      (LBRACE serviceSetting* RBRACE | SEMI)
    ;
// A setting's value is a type (payload: T) or a number (history_size: 16); the
// checker decides which one the key wants.
serviceSetting : IDENT COLON (typeRef | expr) SEMI ;

attribute : AT IDENT (LPAREN (STRING | expr) RPAREN)? ;

typeRef
    : PRIMITIVE                                 # primitiveType
    | qualifiedName                             # namedType
    | LBRACK typeRef SEMI expr RBRACK           # arrayType
    | STRING_KW LT expr GT                      # stringType
    | VEC LT typeRef COMMA expr GT              # vecType
    ;

// Precedence follows C: unary, multiplicative, additive, shift, &, ^, |.
expr
    : LPAREN expr RPAREN                        # parenExpr
    | op=(MINUS | PLUS | TILDE) expr            # unaryExpr
    | expr op=(STAR | SLASH | PERCENT) expr     # binaryExpr
    | expr op=(PLUS | MINUS) expr               # binaryExpr
    | expr op=(SHL | SHR) expr                  # binaryExpr
    | expr op=AMP expr                          # binaryExpr
    | expr op=CARET expr                        # binaryExpr
    | expr op=PIPE expr                         # binaryExpr
    | INT                                       # intLiteral
    | qualifiedName                             # constRef
    ;

qualifiedName : IDENT (DOT IDENT)* ;

// ---- lexer ----

PACKAGE           : 'package' ;
IMPORT            : 'import' ;
CONST             : 'const' ;
ENUM              : 'enum' ;
FLAGS             : 'flags' ;
STRUCT            : 'struct' ;
SERVICE           : 'service' ;
PUBLISH_SUBSCRIBE : 'publish_subscribe' ;
REQUEST_RESPONSE  : 'request_response' ;
EVENT             : 'event' ;
STRING_KW         : 'string' ;
VEC               : 'vec' ;
PRIMITIVE
    : 'bool' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128'
    | 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'f32' | 'f64'
    ;

IDENT  : [A-Za-z_] [A-Za-z0-9_]* ;
// Decimal, 0x hexadecimal or 0b binary, with `_` separators. Any letters and digits that
// follow belong to the token, so `0b102` or `1e5` is one malformed number (the AST builder
// checks the digits) rather than a number followed by a name.
INT : [0-9] [0-9A-Za-z_]* ;
STRING : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '"' ;
// A string the line ends in: its own token, so that the syntax phase reports it once and
// the parser still sees a string (rather than a cascade of errors after it).
UNTERMINATED_STRING : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '\\'? ;

SHL : '<<' ;
SHR : '>>' ;
LT : '<' ;
GT : '>' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;
LBRACK : '[' ;
RBRACK : ']' ;
SEMI : ';' ;
COLON : ':' ;
COMMA : ',' ;
DOT : '.' ;
ASSIGN : '=' ;
AT : '@' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
AMP : '&' ;
PIPE : '|' ;
CARET : '^' ;
TILDE : '~' ;

// `///` documents the next declaration (or, at the end of a line, that line's
// member); the AST builder reads it from this channel.
DOC_COMMENT   : '///' ~[\r\n]* -> channel(2) ;
LINE_COMMENT  : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
// A block comment the file ends in (it cannot hold a `*/`, so a closed one never matches):
// the syntax phase reports it; the parser does not see it.
UNTERMINATED_BLOCK_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF -> channel(HIDDEN) ;
WS            : [ \t\r\n\f]+ -> skip ;
