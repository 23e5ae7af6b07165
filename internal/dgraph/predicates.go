package dgraph

// The predicates of graph/schema.dql that Go code passes around by name
// (the ends of a fact, whose facets and filters are built in a loop); the
// DQL text of each query spells the others out, and TestPredicatesInSchema
// checks every name the package writes against the schema.
const (
	factSubject = "fact.subject"
	factObject  = "fact.object"
)

// What the queries read of each kind of node. The lists of an entity are
// one list with what each use adds, so that a new field is added once.

// entityFieldsPlain is what names an entity in an answer (an EntityRef).
const entityFieldsPlain = `entity.key name entity.type entity.wikidata`

// entityFieldsUID is an entity's reference and its uid.
const entityFieldsUID = `uid ` + entityFieldsPlain

// entityFields is an entity with its degree counted from its facts.
const entityFields = entityFieldsUID + `
    s as count(~fact.subject) o as count(~fact.object) degree: math(s + o)`

// resolveFields reads what resolve needs of a candidate; counting a hub's
// facts reads long lists, so a summary's count stands in when there is one.
const resolveFields = entityFieldsUID + ` degree: entity.facts`

// exportEntity is an entity as an export rebuilds it, with its aliases.
const exportEntity = entityFieldsPlain + ` entity.alias`

// articleFields is what an article reads of itself (an ArticleRef and more).
const articleFields = `uid article.key article.source article.url article.title article.author article.published article.lang article.sentences`

// factShown is what a query reads of a fact it shows.
const factShown = `uid fact.display`

// factFields is a fact read in full, for its display value.
const factFields = `fact.key fact.predicate fact.cameo fact.role fact.quote fact.modality
    fact.date fact.sentence fact.evidence fact.confidence
    fact.article { article.key article.source article.title article.published }
    fact.subject { ` + entityFieldsPlain + ` }
    fact.object { ` + entityFieldsPlain + ` }
    fact.about { ` + entityFieldsPlain + ` }`
