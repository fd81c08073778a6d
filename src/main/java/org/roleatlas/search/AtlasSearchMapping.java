package org.roleatlas.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;

/**
 * Maps the entities to the search index programmatically, so the entities carry no search
 * annotations and the mapping sits with the rest of search.
 */
public class AtlasSearchMapping implements HibernateOrmSearchMappingConfigurer {

	static final String ITEM_INDEX = "item";

	static final String DEFINITION_INDEX = "definition";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		var mapping = context.programmaticMapping();
		mapping.type(Item.class).indexed().index(ITEM_INDEX);
		mapping.type(Item.class).binder(new SearchEntryBinder());
		mapping.type(Definition.class).indexed().index(DEFINITION_INDEX);
		mapping.type(Definition.class).binder(new SearchEntryBinder());
	}

}
