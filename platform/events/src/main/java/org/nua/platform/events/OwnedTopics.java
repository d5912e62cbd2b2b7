package org.nua.platform.events;

import java.util.List;

/** Each service's list of the topics it owns, for {@link TopicDeclarations} to create; one bean per service. */
public interface OwnedTopics {

    List<OwnedTopic> topics();
}
