package org.roleatlas.web;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat's NIO connector takes the socket buffer settings under their own names (it reads
 * them back from its socket properties; an unknown name reads back as null).
 */
class TomcatSocketBuffersTest {

	@Test
	void theConnectorWritesAPageInOneBufferAndPoolsABoundedNumber() {
		Connector connector = new Connector();

		new TomcatSocketBuffers().socketWriteBuffer(DataSize.ofKilobytes(128), DataSize.ofMegabytes(16))
			.customize(connector);

		assertThat(connector.getProperty("socket.appWriteBufSize")).isEqualTo("131072");
		assertThat(connector.getProperty("socket.bufferPoolSize")).isEqualTo("16777216");
		assertThat(connector.getProperty("socket.noSuchSetting")).isNull();
	}

}
